package org.entente.catalog.service.merge;

import java.util.regex.Pattern;

/**
 * Rules for CAMEO event codes: 2 to 4 digits, the first two being the root ({@code 04} consult,
 * {@code 042} make a visit, {@code 0421}...). A shorter code is a generalisation of every longer code it
 * prefixes.
 */
public final class CameoCode {

    private static final Pattern SHAPE = Pattern.compile("\\d{2,4}");

    private CameoCode() {
    }

    /** True for 2 to 4 digits. */
    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    /** The root, the first two digits. */
    public static String root(String code) {
        return code.substring(0, 2);
    }

    /**
     * True when two codes can describe the same event: the same root and one a prefix of the other
     * ({@code 04} and {@code 042}; not {@code 042} and {@code 043}).
     */
    public static boolean compatible(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The more specific of two compatible codes (the longer one). */
    public static String moreSpecific(String a, String b) {
        return b.length() > a.length() ? b : a;
    }
}
