package org.entente.catalog.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.entente.catalog.repository.Keyset;

/**
 * Opaque paging cursors: the keyset of the last item of a page, {@code sortKey:id} in URL-safe base64. Clients
 * pass back the {@code nextCursor} they got; they never build cursors.
 */
final class Cursors {

    private Cursors() {
    }

    static String encode(long sortKey, long id) {
        byte[] text = (sortKey + ":" + id).getBytes(StandardCharsets.US_ASCII);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text);
    }

    /**
     * Decodes a cursor.
     *
     * @throws IllegalArgumentException when the text is not a cursor this API issued
     */
    static Keyset decode(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a cursor");
        }
        return new Keyset(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
    }
}
