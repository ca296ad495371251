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
     * @param surface   the word as written in the text
     * @param shape     its case
     * @param dictWord  the dictionary word
     * @param shouting  whether the word's line has no lower-case letter
     */
    boolean accepts(String surface, Token.Shape shape, String dictWord, boolean shouting) {
        return switch (this) {
            case ANY -> true;
            case CAPITALISED -> shape == Token.Shape.CAPITALISED || shape == Token.Shape.UPPER && shouting;
            case EXACT -> surface.equals(dictWord) ? !(shouting && dictWord.length() == 2 && shape == Token.Shape.UPPER)
                    : shouting && shape == Token.Shape.UPPER && surface.equalsIgnoreCase(dictWord);
            case LONG_ACRONYM -> surface.equals(dictWord) || shape == Token.Shape.CAPITALISED;
        };
    }
}
