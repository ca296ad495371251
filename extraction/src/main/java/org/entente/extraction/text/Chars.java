package org.entente.extraction.text;

/** Character classes shared by the text stages. */
public final class Chars {

    private Chars() {
    }

    /** Any Unicode space, including no-break spaces, tabs and line ends. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** {@code 0} to {@code 9}. */
    public static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Straight, typographic or modifier apostrophe ({@code '}, {@code ’}, {@code ʼ}). */
    public static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC';
    }

    /** Hyphen-minus or a Unicode hyphen (not a dash). */
    public static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** En dash, em dash, hyphen-minus, or another dash used between numbers or clauses. */
    public static boolean isDash(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                || c == '\u2015' || c == '\u2212';
    }

    /** A combining mark, part of the letter before it. */
    public static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Currency, mathematical and other symbols, and {@code % & @ # § °}. */
    public static boolean isSymbol(int codePoint) {
        switch (codePoint) {
            case '%', '&', '@', '#', '§', '°', '‰', '+', '=' -> {
                return true;
            }
            default -> {
                int type = Character.getType(codePoint);
                return type == Character.CURRENCY_SYMBOL || type == Character.MATH_SYMBOL
                        || type == Character.MODIFIER_SYMBOL || type == Character.OTHER_SYMBOL;
            }
        }
    }

    /** Sentence-final punctuation: {@code . ! ? …}. */
    public static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Closing quotes and brackets that may follow sentence-final punctuation. */
    public static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»' || c == '›';
    }

    /** Opening quotes and brackets. */
    public static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '(' || c == '[' || c == '«' || c == '‹';
    }

    /** Index of the first non-letter at or after {@code i}, or {@code end}. */
    public static int skipLetters(CharSequence text, int i, int end) {
        while (i < end && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Index of the first non-ASCII-digit at or after {@code i}, or {@code end}. */
    public static int skipDigits(CharSequence text, int i, int end) {
        while (i < end && isAsciiDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whether {@code text[start, end)} is non-empty and all ASCII capitals. */
    public static boolean isUpperAscii(CharSequence text, int start, int end) {
        if (start >= end) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }
}
