package org.entente.extraction.actor;

/**
 * One unit of the phrase grammar: a dictionary match, or a token no dictionary phrase covers.
 *
 * @param token the token, for a plain item; null for a match
 * @param match the dictionary match, or null for a plain token
 * @param start offset of the first character
 * @param end   offset just past the last character
 */
record Item(Token token, Gazetteer.Match match, int start, int end) {

    static Item plain(Token token) {
        return new Item(token, null, token.start(), token.end());
    }

    static Item of(Gazetteer.Match match, java.util.List<Token> tokens) {
        return new Item(null, match, tokens.get(match.first()).start(), tokens.get(match.end() - 1).end());
    }

    boolean isPlain() {
        return match == null;
    }

    /** True for a plain token with that look-up key ("of", "the", "-", ","). */
    boolean is(String key) {
        return token != null && token.key().equals(key);
    }

    boolean has(Category category) {
        return match != null && match.has(category);
    }

    /** True for a plain word written with a capital. */
    boolean isCapitalisedWord() {
        return token != null && token.isWord() && token.startsUpper();
    }

    /** The match's actor entry, or null. */
    Entry actor() {
        return match == null ? null : match.actor();
    }

    /** True for a match that can be part of an office phrase and names no actor itself. */
    boolean isOfficeWord() {
        return match != null && match.actor() == null
                && (match.has(Category.HEAD_PERSON) || match.has(Category.HEAD_BODY) || match.has(Category.MODIFIER));
    }

    boolean isHead() {
        return match != null && (match.has(Category.HEAD_PERSON) || match.has(Category.HEAD_BODY));
    }
}
