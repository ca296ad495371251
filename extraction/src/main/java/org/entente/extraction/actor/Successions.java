package org.entente.extraction.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.extraction.FuzzyDate;

/** The periods in which a present-day state's mentions denote an earlier state, from {@code successions.tsv}. */
final class Successions {

    private record Period(String code, String historical, LocalDate from, LocalDate to) {
    }

    private final List<Period> periods;

    private Successions(List<Period> periods) {
        this.periods = periods;
    }

    static Successions load() {
        List<Period> periods = new ArrayList<>();
        for (TsvTable.Row row : TsvTable.read("successions.tsv", "code", "historical", "from", "to").rows()) {
            periods.add(new Period(row.required("code"), row.required("historical"),
                    LocalDate.parse(row.required("from")), LocalDate.parse(row.required("to"))));
        }
        return new Successions(List.copyOf(periods));
    }

    /** The code that stood for the state at the date's first day, or the code itself. */
    String codeAt(String code, FuzzyDate date) {
        LocalDate day = LeaderTerm.firstDay(date);
        for (Period period : periods) {
            if (period.code().equals(code) && !day.isBefore(period.from()) && !day.isAfter(period.to())) {
                return period.historical();
            }
        }
        return code;
    }
}
