package org.entente.ingest.messaging;

import org.entente.contract.Evidence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
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
        return sha256Hex(identity + '\n' + occurrence).substring(0, HEX_LENGTH);
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
