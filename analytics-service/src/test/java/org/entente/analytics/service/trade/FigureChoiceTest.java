package org.entente.analytics.service.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.entente.analytics.service.trade.TradeFixtures.figure;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureChoiceTest {

    @Test
    void anActualFigureIsChosenOverAnEstimate() {
        TradeFigure estimate = figure("PAK", "IRQ", "export", 2019, 120.0, "estimate", 5, false, "a1");
        TradeFigure actual = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 1, false, "a2");
        FigureChoice choice = FigureChoice.among(List.of(estimate, actual));
        assertThat(choice.chosen()).isEqualTo(actual);
        assertThat(choice.candidates()).containsExactly(actual, estimate);
        assertThat(choice.isEstimate()).isFalse();
    }

    @Test
    void amongEqualBasesTheBestMentionedFigureIsChosen() {
        TradeFigure once = figure("PAK", "IRQ", "export", 2019, 120.0, "actual", 1, false, "a1");
        TradeFigure thrice = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 3, false, "a2");
        assertThat(FigureChoice.among(List.of(once, thrice)).chosen()).isEqualTo(thrice);
    }

    @Test
    void theChoiceDoesNotDependOnOrder() {
        TradeFigure first = figure("PAK", "IRQ", "export", 2019, 120.0, "actual", 1, false, "a1");
        TradeFigure second = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 1, false, "a2");
        assertThat(FigureChoice.among(List.of(first, second)).chosen())
                .isEqualTo(FigureChoice.among(List.of(second, first)).chosen());
    }

    @Test
    void differentValuesConflictEqualOnesDoNot() {
        TradeFigure one = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 1, false, "a1");
        TradeFigure same = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 1, false, "a2");
        TradeFigure other = figure("PAK", "IRQ", "export", 2019, 90.0, "actual", 1, false, "a3");
        assertThat(FigureChoice.among(List.of(one, same)).conflicting()).isFalse();
        assertThat(FigureChoice.among(List.of(one, other)).conflicting()).isTrue();
    }

    @Test
    void aFigureTheCatalogFlaggedConflicts() {
        TradeFigure flagged = figure("PAK", "IRQ", "export", 2019, 100.0, "actual", 1, true, "a1");
        assertThat(FigureChoice.among(List.of(flagged)).conflicting()).isTrue();
    }

    @Test
    void thereMustBeAFigureToChoose() {
        assertThatIllegalArgumentException().isThrownBy(() -> FigureChoice.among(List.of()));
    }
}
