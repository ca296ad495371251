package org.entente.analytics.service.trade;

import java.util.Comparator;
import java.util.List;

/**
 * The figure chosen for one series and year among the claims for it, and whether the claims disagree.
 *
 * @param chosen      the figure used: actual before estimate, then the one with more mentions, then more articles,
 *                    then the lowest entity id (so the choice never depends on row order)
 * @param candidates  every claim, chosen first
 * @param conflicting true when the claims give different values or the catalog flagged one as conflicting
 */
public record FigureChoice(TradeFigure chosen, List<TradeFigure> candidates, boolean conflicting) {

    private static final Comparator<TradeFigure> PREFERENCE = Comparator
            .comparing((TradeFigure figure) -> !TradeFigure.BASIS_ACTUAL.equals(figure.basis()))
            .thenComparing(Comparator.comparingInt(TradeFigure::mentions).reversed())
            .thenComparing(Comparator.comparingInt((TradeFigure figure) -> figure.articles().size()).reversed())
            .thenComparing(TradeFigure::entityId);

    /** The choice among {@code candidates}, which must not be empty. */
    public static FigureChoice among(List<TradeFigure> candidates) {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no figure to choose from");
        }
        List<TradeFigure> ranked = candidates.stream().sorted(PREFERENCE).toList();
        boolean differentValues = ranked.stream().map(TradeFigure::valueUsd).distinct().count() > 1;
        boolean flagged = ranked.stream().anyMatch(TradeFigure::conflict);
        return new FigureChoice(ranked.get(0), ranked, differentValues || flagged);
    }

    public double value() {
        return chosen.valueUsd();
    }

    public boolean isEstimate() {
        return !TradeFigure.BASIS_ACTUAL.equals(chosen.basis());
    }
}
