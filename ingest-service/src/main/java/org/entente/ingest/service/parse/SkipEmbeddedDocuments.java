package org.entente.ingest.service.parse;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.xml.sax.ContentHandler;

import java.io.InputStream;

/**
 * Leaves documents embedded in an upload (attachments, OLE objects, images) unparsed: an article is the text of the
 * file itself, and nested documents are where decompression bombs and exotic parsers hide.
 */
final class SkipEmbeddedDocuments implements EmbeddedDocumentExtractor {

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return false;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
        // embedded documents are skipped on purpose (see the class comment)
    }
}
