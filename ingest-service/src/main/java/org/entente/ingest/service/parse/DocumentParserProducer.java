package org.entente.ingest.service.parse;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.archive.ZipLimits;

/** Builds the application's one {@link DocumentParser} from configuration and stops its threads at shutdown. */
@Singleton
public class DocumentParserProducer {

    @Produces
    @Singleton
    DocumentParser documentParser(IngestConfig config) {
        IngestConfig.Parse parse = config.parse();
        return DocumentParser.withTika(new ParseSettings(parse.timeout(), parse.threads(), parse.queue(),
                parse.maxCharacters(), parse.mediaTypes(), zipLimits(config.zip())));
    }

    void close(@Disposes DocumentParser parser) {
        parser.close();
    }

    /** The configured zip guards. */
    public static ZipLimits zipLimits(IngestConfig.Zip zip) {
        return new ZipLimits(zip.maxEntries(), zip.maxUncompressedSize().asLongValue(), zip.maxCompressionRatio(),
                zip.ratioThreshold().asLongValue());
    }
}
