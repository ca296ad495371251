package org.entente.catalog.rest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * English names of ISO 3166-1 alpha-3 codes, from the JDK's locale data, plus the codes Entente uses that ISO
 * does not list (historical states and {@code IGO}).
 */
final class CountryNames {

    private static final Map<String, String> NAMES = load();

    private CountryNames() {
    }

    /** The English name of a code, or null when unknown. */
    static String of(String alpha3) {
        return NAMES.get(alpha3);
    }

    private static Map<String, String> load() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale.Builder().setRegion(alpha2).build();
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        names.put("IGO", "International organisation");
        names.put("SUN", "Soviet Union");
        names.put("DDR", "East Germany");
        names.put("YUG", "Yugoslavia");
        names.put("CSK", "Czechoslovakia");
        return Map.copyOf(names);
    }
}
