package org.entente.extraction.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits normalised text into {@link Token}s in one left-to-right pass, without regular expressions.
 *
 * <ul>
 *   <li>Words keep inner hyphens and apostrophes ({@code anti-Daesh}, {@code JF-17}, {@code Shi’ite}); possessive
 *       and contracted endings become {@link Token.Type#CLITIC} tokens ({@code Pakistan}+{@code ’s},
 *       {@code does}+{@code n't}, {@code countries}+{@code ’}), with either apostrophe.</li>
 *   <li>Known abbreviations and initialisms keep their period ({@code Dr.}, {@code U.S.}, {@code e.g.}).</li>
 *   <li>Numbers keep thousands separators (western and South Asian: {@code 1,000}, {@code 1,00,000}), decimals,
 *       and ordinal or decade suffixes ({@code 21st}, {@code 1970s}); other letters after digits are a word of their
 *       own ({@code 5bn} → {@code 5}+{@code bn}).</li>
 *   <li>A currency symbol is a {@link Token.Type#SYMBOL}, with a one-to-three-letter capital prefix glued to a
 *       dollar sign ({@code US$}, {@code A$}); dashes are punctuation, so {@code 2004–05} is three tokens.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Tokenizer {

    private final Abbreviations abbreviations;

    /** A tokenizer with the built-in abbreviations. */
    public Tokenizer() {
        this(Abbreviations.standard());
    }

    /** A tokenizer with the given abbreviations. */
    public Tokenizer(Abbreviations abbreviations) {
        this.abbreviations = Objects.requireNonNull(abbreviations);
    }

    /** The tokens of the whole text. */
    public List<Token> tokenize(String text) {
        return tokenize(text, 0, text.length());
    }

    /**
     * The tokens of {@code text[start, end)}, with offsets into {@code text}.
     *
     * @throws IndexOutOfBoundsException when the range is not within the text
     */
    public List<Token> tokenize(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        List<Token> tokens = new ArrayList<>(Math.max(4, (end - start) / 5));
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Chars.isSpace(c)) {
                i++;
            } else if (Chars.isAsciiDigit(c)) {
                i = number(text, i, end, tokens);
            } else if (Chars.isApostrophe(c) && isCliticStart(text, i, end, tokens)) {
                i = clitic(text, i, end, tokens);
            } else if (Character.isLetter(text.codePointAt(i))) {
                i = word(text, i, end, tokens);
            } else {
                i = other(text, i, end, tokens);
            }
        }
        return tokens;
    }

    private int word(String text, int start, int end, List<Token> tokens) {
        if (isNegationClitic(text, start, end)) {
            return add(tokens, text, start, start + 3, Token.Type.CLITIC);
        }
        int j = start;
        while (j < end) {
            int cp = text.codePointAt(j);
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(cp) || Chars.isMark(cp)) {
                j += Character.charCount(cp);
            } else if (Chars.isHyphen(c) && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))) {
                j++;
            } else if (Chars.isApostrophe(c) && j + 1 < end && Character.isLetter(text.charAt(j + 1))) {
                int k = Chars.skipLetters(text, j + 1, end);
                if (isCliticEnding(text, j + 1, k)) {
                    if (isNegationClitic(text, j - 1, end) && j - 1 > start) {
                        j--;
                    }
                    break;
                }
                j = k;
            } else if (c == '.' && j - start == 1 && isInitialism(text, j, end)) {
                j = endOfInitialism(text, j, end);
            } else {
                break;
            }
        }
        if (j < end && text.charAt(j) == '$' && j - start <= 3 && Chars.isUpperAscii(text, start, j)) {
            return add(tokens, text, start, j + 1, Token.Type.SYMBOL);
        }
        if (j < end && text.charAt(j) == '.' && text.charAt(j - 1) != '.'
                && abbreviations.kind(text, start, j + 1) != null) {
            j++;
        }
        return add(tokens, text, start, j, Token.Type.WORD);
    }

    /** {@code X.Y.}: a letter, a period, a letter and a period (U.S., e.g., a.m.). */
    private static boolean isInitialism(String text, int period, int end) {
        return period + 2 < end && Character.isLetter(text.charAt(period + 1)) && text.charAt(period + 2) == '.';
    }

    private static int endOfInitialism(String text, int period, int end) {
        int j = period + 2;
        while (isInitialism(text, j, end)) {
            j += 2;
        }
        return j + 1;
    }

    private int number(String text, int start, int end, List<Token> tokens) {
        int j = Chars.skipDigits(text, start, end);
        while (j < end) {
            char c = text.charAt(j);
            int k = Chars.skipDigits(text, j + 1, end);
            int digits = k - j - 1;
            boolean more = switch (c) {
                case ',' -> digits == 3 || digits == 2 && k < end && text.charAt(k) == ',';
                case '.', '/' -> digits > 0;
                case ':' -> digits == 2;
                default -> false;
            };
            if (!more) {
                break;
            }
            j = k;
        }
        j = numberSuffix(text, start, j, end);
        return add(tokens, text, start, j, Token.Type.NUMBER);
    }

    /** Includes an ordinal ({@code 21st}) or decade ({@code 1970s}, {@code 60s}) suffix. */
    private static int numberSuffix(String text, int start, int j, int end) {
        int k = Chars.skipLetters(text, j, end);
        if (k == j || k < end && Character.isLetterOrDigit(text.charAt(k))) {
            return j;
        }
        String suffix = text.substring(j, k);
        boolean plainDigits = Chars.skipDigits(text, start, j) == j;
        if (plainDigits && (suffix.equalsIgnoreCase("st") || suffix.equalsIgnoreCase("nd")
                || suffix.equalsIgnoreCase("rd") || suffix.equalsIgnoreCase("th"))) {
            return k;
        }
        int digits = j - start;
        boolean decade = plainDigits && suffix.equals("s") && (digits == 2 || digits == 4) && text.charAt(j - 1) == '0';
        return decade ? k : j;
    }

    private boolean isCliticStart(String text, int i, int end, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        if (last.end() != i || last.type() != Token.Type.WORD && last.type() != Token.Type.NUMBER) {
            return false;
        }
        int k = Chars.skipLetters(text, i + 1, end);
        if (k > i + 1) {
            return isCliticEnding(text, i + 1, k);
        }
        char lastChar = last.text().charAt(last.text().length() - 1);
        return lastChar == 's' || lastChar == 'S';
    }

    private static int clitic(String text, int start, int end, List<Token> tokens) {
        return add(tokens, text, start, Chars.skipLetters(text, start + 1, end), Token.Type.CLITIC);
    }

    /** {@code s}, {@code re}, {@code ve}, {@code ll}, {@code d}, {@code m} or {@code t} after an apostrophe. */
    private static boolean isCliticEnding(String text, int start, int end) {
        int n = end - start;
        if (n == 1) {
            char c = Character.toLowerCase(text.charAt(start));
            return c == 's' || c == 'd' || c == 'm' || c == 't';
        }
        if (n == 2) {
            String s = text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
            return s.equals("re") || s.equals("ve") || s.equals("ll");
        }
        return false;
    }

    /** {@code n't} at {@code i}, followed by a non-letter. */
    private static boolean isNegationClitic(String text, int i, int end) {
        return i >= 0 && i + 2 < end && (text.charAt(i) == 'n' || text.charAt(i) == 'N')
                && Chars.isApostrophe(text.charAt(i + 1))
                && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
                && (i + 3 == end || !Character.isLetter(text.charAt(i + 3)));
    }

    private static int other(String text, int start, int end, List<Token> tokens) {
        char c = text.charAt(start);
        if (c == '.' && start + 1 < end && text.charAt(start + 1) == '.') {
            int j = start;
            while (j < end && text.charAt(j) == '.') {
                j++;
            }
            return add(tokens, text, start, j, Token.Type.PUNCT);
        }
        int cp = text.codePointAt(start);
        Token.Type type = Chars.isSymbol(cp) ? Token.Type.SYMBOL : Token.Type.PUNCT;
        return add(tokens, text, start, start + Character.charCount(cp), type);
    }

    private static int add(List<Token> tokens, String text, int start, int end, Token.Type type) {
        tokens.add(new Token(start, end, text.substring(start, end), type));
        return end;
    }
}
