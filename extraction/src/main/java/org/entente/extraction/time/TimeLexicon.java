package org.entente.extraction.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.entente.extraction.text.Tsv;

/** The time dictionaries: months, weekdays, seasons, units, year cues, calendars and relative phrases. */
final class TimeLexicon {

    /** Role of a word next to a four-digit number (see {@code year-cues.tsv}). */
    enum CueRole {
        PREPOSITION, MARKER, DETERMINER, COUNT
    }

    /** A year of another calendar, and how it maps to the Gregorian year it starts in. */
    enum Calendar {
        /** Iranian and Afghan solar year, starting around 21 March */
        SOLAR_HIJRI,
        /** Islamic lunar year */
        LUNAR_HIJRI,
        /** Nepali year, starting mid-April */
        BIKRAM_SAMBAT;

        /** The Gregorian year in which {@code year} of this calendar starts. */
        int gregorianStart(int year) {
            return switch (this) {
                case SOLAR_HIJRI -> year + 621;
                case LUNAR_HIJRI -> (int) Math.floor(year * 0.970229 + 621.5643);
                case BIKRAM_SAMBAT -> year - 57;
            };
        }
    }

    /** Words marking a year of another calendar. */
    record CalendarMarker(String[] words, Calendar calendar, boolean fiscal) {
    }

    private static final class Holder {
        static final TimeLexicon STANDARD = load();
    }

    private final Map<String, Integer> months;
    private final Map<String, DayOfWeek> weekdays;
    private final Set<String> seasons;
    private final Map<String, String> units;
    private final Map<String, CueRole> cuesBefore;
    private final Set<String> countsAfter;
    private final Map<String, List<CalendarMarker>> calendarsBefore;
    private final Map<String, CalendarMarker> calendarsAfter;
    private final PhraseTrie phrases;

    private TimeLexicon(Map<String, Integer> months, Map<String, DayOfWeek> weekdays, Set<String> seasons,
                        Map<String, String> units, Map<String, CueRole> cuesBefore, Set<String> countsAfter,
                        Map<String, List<CalendarMarker>> calendarsBefore, Map<String, CalendarMarker> calendarsAfter,
                        PhraseTrie phrases) {
        this.months = Map.copyOf(months);
        this.weekdays = Map.copyOf(weekdays);
        this.seasons = Set.copyOf(seasons);
        this.units = Map.copyOf(units);
        this.cuesBefore = Map.copyOf(cuesBefore);
        this.countsAfter = Set.copyOf(countsAfter);
        this.calendarsBefore = Map.copyOf(calendarsBefore);
        this.calendarsAfter = Map.copyOf(calendarsAfter);
        this.phrases = phrases;
    }

    static TimeLexicon standard() {
        return Holder.STANDARD;
    }

    private static TimeLexicon load() {
        Map<String, Integer> months = new HashMap<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "months.tsv", "form", "month")) {
            months.put(row[0], Integer.parseInt(row[1]));
        }
        Map<String, DayOfWeek> weekdays = new HashMap<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "weekdays.tsv", "form", "weekday")) {
            weekdays.put(row[0], DayOfWeek.of(Integer.parseInt(row[1])));
        }
        Set<String> seasons = new HashSet<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "seasons.tsv", "season")) {
            seasons.add(row[0]);
        }
        Map<String, String> units = new HashMap<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "time-units.tsv", "word", "unit")) {
            units.put(row[0], row[1]);
        }
        Map<String, CueRole> cuesBefore = new HashMap<>();
        Set<String> countsAfter = new HashSet<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "year-cues.tsv", "word", "position", "role")) {
            CueRole role = CueRole.valueOf(row[2].toUpperCase(Locale.ROOT));
            if (row[1].equals("after")) {
                if (role != CueRole.COUNT) {
                    throw new IllegalStateException("year-cues.tsv: only counts come after a year: " + row[0]);
                }
                countsAfter.add(row[0]);
            } else {
                cuesBefore.put(row[0], role);
            }
        }
        Map<String, List<CalendarMarker>> before = new HashMap<>();
        Map<String, CalendarMarker> after = new HashMap<>();
        for (String[] row : Tsv.read(TimeLexicon.class, "calendars.tsv", "marker", "position", "calendar", "fiscal")) {
            String[] words = row[0].split(" ");
            CalendarMarker marker = new CalendarMarker(words, Calendar.valueOf(row[2]), row[3].equals("yes"));
            if (row[1].equals("before")) {
                before.computeIfAbsent(words[0], w -> new ArrayList<>()).add(marker);
            } else {
                after.put(row[0], marker);
            }
        }
        // longest marker first, so "iranian fiscal year" is tried before "iranian year"
        before.replaceAll((word, list) -> list.stream()
                .sorted((a, b) -> b.words().length - a.words().length).toList());
        return new TimeLexicon(months, weekdays, seasons, units, cuesBefore, countsAfter, before, after,
                PhraseTrie.load());
    }

    /** Month and weekday names and seasons, lower case. */
    Set<String> calendarWords() {
        Set<String> words = new HashSet<>(months.keySet());
        words.addAll(weekdays.keySet());
        words.addAll(seasons);
        return words;
    }

    /** The words of calendar units ({@code year}, {@code months}). */
    Set<String> unitWords() {
        return units.keySet();
    }

    /** First words of the markers that go before a year of another calendar ({@code iranian}, {@code hijri}). */
    Set<String> calendarMarkerFirstWords() {
        return calendarsBefore.keySet();
    }

    /** Month number of a lower-case month name or abbreviation, or null. */
    Integer month(String lower) {
        return months.get(lower);
    }

    DayOfWeek weekday(String lower) {
        return weekdays.get(lower);
    }

    boolean isSeason(String lower) {
        return seasons.contains(lower);
    }

    /** {@code DAY}, {@code WEEK}, {@code MONTH}, {@code YEAR} or {@code DECADE} for a unit word, or null. */
    String unit(String lower) {
        return units.get(lower);
    }

    CueRole cueBefore(String lower) {
        return cuesBefore.get(lower);
    }

    boolean isCountAfter(String lower) {
        return countsAfter.contains(lower);
    }

    /** Markers that go before a year and start with this lower-case word, longest first. */
    List<CalendarMarker> calendarsBefore(String firstWord) {
        return calendarsBefore.getOrDefault(firstWord, List.of());
    }

    CalendarMarker calendarAfter(String lower) {
        return calendarsAfter.get(lower);
    }

    PhraseTrie phrases() {
        return phrases;
    }
}
