package org.entente.extraction.text;

import java.util.List;
import java.util.Locale;

/**
 * The lower-case forms of a sentence's tokens, computed once and shared by the stages that read the sentence, so
 * that each stage neither lower-cases the same words again nor hashes new copies of them in its look-ups (a
 * string caches its hash).
 */
public final class LowerForms {

    private LowerForms() {
    }

    /** The lower-case text of each token ({@link Locale#ROOT}); a token without capitals keeps its own string. */
    public static String[] of(List<Token> tokens) {
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
        }
        return lower;
    }
}
