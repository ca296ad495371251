package org.entente.catalog.messaging;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Names of the CloudEvents Kafka headers (binary content mode) and reading them. */
final class CloudEventHeaders {

    static final String ID = "ce_id";
    static final String SPEC_VERSION = "ce_specversion";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String SUBJECT = "ce_subject";
    static final String TIME = "ce_time";
    static final String CONTENT_TYPE = "content-type";
    static final String SPEC_VERSION_1_0 = "1.0";

    private CloudEventHeaders() {
    }

    /** The last value of a header as UTF-8 text, or null when absent or empty. */
    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null || header.value().length == 0) {
            return null;
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
