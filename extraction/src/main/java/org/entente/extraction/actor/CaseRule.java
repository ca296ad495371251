package org.entente.extraction.actor;

/**
 * The letter case a dictionary word asks of the text. Lower-case words match in any case ("of", "minister");
 * capitalised ones only capitalised ("Turkey", not "turkey"); acronyms exactly ("US", not "us"); acronyms of
 * four letters or more also capitalised ("Nato", "Unesco"). In a line written all in capitals every word
 * matches a capitalised one, but two-letter acronyms ("US", "IS") are not trusted there.
 */
enum CaseRule {
    /** Punctuation or a lower-case word. */
    ANY,
    /** Capitalised word. */
    CAPITALISED,
    /** Acronym of up to three letters, or a word of mixed case: as written. */
    EXACT,
    /** Acronym of four letters or more: as written or capitalised. */
    LONG_ACRONYM;

    /** The rule a dictionary word sets. */
    static CaseRule of(String word) {
        if (!Character.isLetterOrDigit(word.charAt(0))) {
            return ANY;
        }
        return switch (Tokenizer.shapeOf(word)) {
            case LOWER, PUNCT -> ANY;
            case UPPER -> word.length() >= 4 ? LONG_ACRONYM : EXACT;
            case CAPITALISED -> word.substring(1).chars().anyMatch(Character::isUpperCase) ? EXACT : CAPITALISED;
        };
    }

    /**
     * Whether a text word satisfies this rule.
     *
     * @param text      the text
     * @param token     the word's token in the text
     * @param dictWord  the dictionary word
     * @param shouting  whether the word's line has no lower-case letter
     */
    boolean accepts(String text, Token token, String dictWord, boolean shouting) {
        Token.Shape shape = token.shape();
        return switch (this) {
            case ANY -> true;
            case CAPITALISED -> shape == Token.Shape.CAPITALISED || shape == Token.Shape.UPPER && shouting;
            case EXACT -> asWritten(text, token, dictWord)
                    ? !(shouting && dictWord.length() == 2 && shape == Token.Shape.UPPER)
                    : shouting && shape == Token.Shape.UPPER;
            case LONG_ACRONYM -> asWritten(text, token, dictWord) || shape == Token.Shape.CAPITALISED;
        };
    }

    private static boolean asWritten(String text, Token token, String dictWord) {
        return token.end() - token.start() == dictWord.length()
                && text.regionMatches(token.start(), dictWord, 0, dictWord.length());
    }
}
