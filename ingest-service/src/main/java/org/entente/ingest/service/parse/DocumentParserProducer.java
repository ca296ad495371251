package org.entente.ingest.service.parse;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.entente.ingest.config.IngestConfig;
import org.entente.ingest.service.archive.ZipLimits;

/**
 * Builds the application's one {@link DocumentParser} from configuration, and stops its threads at shutdown; and the
 * configured zip guards, shared by the parser (office documents are zips) and batch uploads.
 */
@Singleton
public class DocumentParserProducer {

    @Produces
    @Singleton
    ZipLimits zipLimits(IngestConfig config) {
        IngestConfig.Zip zip = config.zip();
        return new ZipLimits(zip.maxEntries(), zip.maxUncompressedSize().asLongValue(), zip.maxCompressionRatio(),
                zip.ratioThreshold().asLongValue());
    }

    @Produces
    @Singleton
    DocumentParser documentParser(IngestConfig config, ZipLimits zipLimits) {
        IngestConfig.Parse parse = config.parse();
        return DocumentParser.withTika(new ParseSettings(parse.timeout(), parse.threads(), parse.queue(),
                parse.maxCharacters(), parse.mediaTypes(), zipLimits));
    }

    void close(@Disposes DocumentParser parser) {
        parser.close();
    }
}
