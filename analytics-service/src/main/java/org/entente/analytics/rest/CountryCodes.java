package org.entente.analytics.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.entente.analytics.config.AnalyticsConfig;

/** The codes accepted as countries: ISO 3166-1 alpha-3 and the configured extras ({@code IGO}, historical states). */
@ApplicationScoped
public class CountryCodes {

    private final Set<String> known;

    @Inject
    public CountryCodes(AnalyticsConfig config) {
        this(config.extraCountryCodes());
    }

    /** ISO 3166-1 alpha-3 codes and {@code extras}. */
    CountryCodes(Set<String> extras) {
        Set<String> codes = new HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        codes.addAll(extras);
        this.known = Set.copyOf(codes);
    }

    /** Whether {@code code} (upper case) is an accepted code. */
    public boolean isKnown(String code) {
        return known.contains(code);
    }
}
