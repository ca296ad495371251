package org.entente.analytics.rest;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** English names of the ISO 3166-1 countries by alpha-3 code, as the JDK knows them. */
final class CountryNames {

    private CountryNames() {
    }

    /** Every ISO 3166-1 country the JDK knows, by alpha-3 code, sorted by code. */
    static Map<String, String> english() {
        Map<String, String> names = new TreeMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale country = new Locale("", alpha2);
            names.put(country.getISO3Country(), country.getDisplayCountry(Locale.ENGLISH));
        }
        return Collections.unmodifiableMap(names);
    }
}
