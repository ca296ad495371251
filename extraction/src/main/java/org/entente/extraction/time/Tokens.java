package org.entente.extraction.time;

import java.util.List;
import java.util.Locale;

import org.entente.extraction.FuzzyDate;
import org.entente.extraction.text.Chars;
import org.entente.extraction.text.Token;

/** The tokens of a span with the look-ups the time rules need. */
final class Tokens {

    /** Years outside this range are read as counts, codes or amounts. */
    static final int MIN_YEAR = 1000;
    static final int MAX_YEAR = 2100;

    private final String text;
    private final List<Token> tokens;
    /** Lower-case token texts, filled on first use. */
    private final String[] lower;

    Tokens(String text, List<Token> tokens) {
        this(text, tokens, new String[tokens.size()]);
    }

    /** Tokens whose lower-case forms are already known ({@code lower}, one per token, not copied). */
    Tokens(String text, List<Token> tokens, String[] lower) {
        if (lower.length != tokens.size()) {
            throw new IllegalArgumentException("one lower-case form per token");
        }
        this.text = text;
        this.tokens = tokens;
        this.lower = lower;
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    /** The lower-case text of token {@code i}, or the empty string outside the span. */
    String lower(int i) {
        if (i < 0 || i >= lower.length) {
            return "";
        }
        String l = lower[i];
        if (l == null) {
            l = toLowerCase(tokens.get(i).text());
            lower[i] = l;
        }
        return l;
    }

    /** The string in lower case, without copying one that has no capitals. */
    private static String toLowerCase(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 128 && Character.isUpperCase(c)) {
                return s.toLowerCase(Locale.ROOT);
            }
        }
        return s;
    }

    boolean is(int i, String lowerWord) {
        return lower(i).equals(lowerWord);
    }

    boolean isType(int i, Token.Type type) {
        return i >= 0 && i < tokens.size() && tokens.get(i).type() == type;
    }

    boolean isCapitalised(int i) {
        return i >= 0 && i < tokens.size() && tokens.get(i).isCapitalised();
    }

    /** A dash or hyphen token ({@code -}, {@code –}, {@code —}). */
    boolean isDash(int i) {
        return isType(i, Token.Type.PUNCT) && tokens.get(i).length() == 1 && Chars.isDash(tokens.get(i).text().charAt(0));
    }

    boolean isPunct(int i, char c) {
        return isType(i, Token.Type.PUNCT) && tokens.get(i).length() == 1 && tokens.get(i).text().charAt(0) == c;
    }

    /** Whether token {@code j} follows token {@code i} with nothing between them. */
    boolean adjacent(int i, int j) {
        return tokens.get(i).end() == tokens.get(j).start();
    }

    /** The value of a number of plain digits, or -1. */
    int digits(int i) {
        if (!isType(i, Token.Type.NUMBER)) {
            return -1;
        }
        String s = lower(i);
        if (s.length() > 9 || Chars.skipDigits(s, 0, s.length()) != s.length()) {
            return -1;
        }
        return Integer.parseInt(s);
    }

    /** A four-digit year in the plausible range, or -1. */
    int year(int i) {
        int value = digits(i);
        return lower(i).length() == 4 && value >= MIN_YEAR && value <= MAX_YEAR ? value : -1;
    }

    /** A day of the month, written {@code 10} or {@code 10th}, or -1. */
    int day(int i) {
        if (!isType(i, Token.Type.NUMBER)) {
            return -1;
        }
        String s = lower(i);
        int digitsEnd = Chars.skipDigits(s, 0, s.length());
        if (digitsEnd == 0 || digitsEnd > 2) {
            return -1;
        }
        String suffix = s.substring(digitsEnd);
        if (!(suffix.isEmpty() || suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd")
                || suffix.equals("th"))) {
            return -1;
        }
        int value = Integer.parseInt(s.substring(0, digitsEnd));
        return value >= 1 && value <= 31 ? value : -1;
    }

    /** Two plain digits ({@code 05}, {@code 19}), or -1. */
    int twoDigits(int i) {
        return lower(i).length() == 2 ? digits(i) : -1;
    }

    /** The text from token {@code from} to token {@code to} (exclusive). */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    /** A mention covering tokens {@code [from, to)}. */
    TimeMention mention(int from, int to, TimeMention.Kind kind, FuzzyDate date, FuzzyDate first, FuzzyDate last,
                        TimeMention.Part part, Relative relative) {
        return new TimeMention(tokens.get(from).start(), tokens.get(to - 1).end(), span(from, to), kind, date, first,
                last, part, null, relative, null);
    }
}
