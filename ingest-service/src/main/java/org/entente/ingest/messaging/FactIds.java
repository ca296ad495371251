package org.entente.ingest.messaging;

import org.entente.contract.Evidence;
import org.entente.ingest.service.Sha256;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives the facts of one article stable ids: a hash of the article id, the fact's kind, content and evidence, so the
 * same article always yields the same ids whatever order the engine lists its facts in. Two identical facts at the
 * same place (which a well-behaved engine never yields) are told apart by their occurrence.
 */
final class FactIds {

    private static final int HEX_LENGTH = 32;

    private final String articleId;
    private final Map<String, Integer> seen = new HashMap<>();

    FactIds(String articleId) {
        this.articleId = articleId;
    }

    /**
     * @param kind        {@code event}, {@code agreement} or {@code trade}
     * @param contentJson the fact's JSON
     * @param evidence    where it is stated, or null
     */
    String next(String kind, String contentJson, Evidence evidence) {
        String where = evidence == null ? "-" : evidence.start() + ":" + evidence.end();
        String identity = articleId + '\n' + kind + '\n' + contentJson + '\n' + where;
        int occurrence = seen.merge(identity, 1, Integer::sum);
        return Sha256.hex(identity + '\n' + occurrence).substring(0, HEX_LENGTH);
    }
}
