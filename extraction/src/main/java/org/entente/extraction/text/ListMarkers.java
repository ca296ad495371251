package org.entente.extraction.text;

/**
 * List markers at the start of a line: a bullet ({@code •}, {@code -}, {@code *}, {@code ▪} ...) or an item number
 * ({@code 1.}, {@code 2)}, {@code (3)}, {@code a)}, {@code (iv)}), followed by a space.
 */
public final class ListMarkers {

    private ListMarkers() {
    }

    /** Whether {@code c} is a bullet character. */
    public static boolean isBullet(char c) {
        return c == '•' || c == '·' || c == '◦' || c == '▪' || c == '▫' || c == '■' || c == '□' || c == '○'
                || c == '●' || c == '‣' || c == '⁃' || c == '-' || c == '*' || c == '+';
    }

    /**
     * Where the item's text starts when {@code text[start, end)} begins with a list marker and a space, or
     * {@code start} when it does not.
     */
    public static int end(CharSequence text, int start, int end) {
        if (start >= end) {
            return start;
        }
        int i = start;
        char c = text.charAt(i);
        if (isBullet(c)) {
            i++;
        } else if (c == '(') {
            int close = itemLabelEnd(text, i + 1, end);
            if (close == i + 1 || close >= end || text.charAt(close) != ')') {
                return start;
            }
            i = close + 1;
        } else {
            int labelEnd = itemLabelEnd(text, i, end);
            if (labelEnd == i || labelEnd >= end || text.charAt(labelEnd) != '.' && text.charAt(labelEnd) != ')') {
                return start;
            }
            i = labelEnd + 1;
        }
        if (i >= end || text.charAt(i) != ' ') {
            return start;
        }
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** End of an item label: one or two digits, one lower-case letter, or a short lower-case roman numeral. */
    private static int itemLabelEnd(CharSequence text, int i, int end) {
        int digitsEnd = Chars.skipDigits(text, i, end);
        if (digitsEnd > i) {
            return digitsEnd - i <= 2 ? digitsEnd : i;
        }
        int j = i;
        while (j < end && j - i < 4 && "ivx".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        if (j > i) {
            return j;
        }
        return i < end && text.charAt(i) >= 'a' && text.charAt(i) <= 'z' ? i + 1 : i;
    }
}
