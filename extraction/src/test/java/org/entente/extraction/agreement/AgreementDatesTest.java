package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.brief;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import org.junit.jupiter.api.Test;

/** The date of a status. */
class AgreementDatesTest {

    @Test
    void theNearestDateOfTheClauseDatesTheStatus() {
        assertThat(brief(only("Jordan and Israel, at war since 1948, signed a peace treaty on 26 October 1994.")))
                .isEqualTo("ISR-JOR signed 1994-10-26");
    }

    @Test
    void aDateAfterSinceOrUntilDoesNotDateTheAct() {
        assertThat(only("Moldova and Romania, the first to meet since 1998, signed a visa agreement.").date())
                .isNull();
    }

    @Test
    void aVagueTimeGivesNoDate() {
        assertThat(only("Qatar and Oman recently signed a shipping agreement.").date()).isNull();
    }

    @Test
    void aDateNearerAnotherStatusWordIsNotThisOnes() {
        assertThat(of("In 2016 Cuba and Colombia agreed to revive a health agreement signed in 2004."))
                .extracting(Agreements::brief).contains("COL-CUB in_force 2016", "COL-CUB signed 2004");
    }

    @Test
    void aPastEventWithoutADateTakesTheParagraphsDate() {
        assertThat(of("In March 2018 the Kenyan president visited Ethiopia. The two governments signed a "
                + "power agreement.")).extracting(Agreements::brief).containsExactly("ETH-KEN signed 2018-03");
    }

    @Test
    void aPerfectOrANounTakesNoDateFromTheParagraph() {
        assertThat(of("In March 2018 the Kenyan president visited Ethiopia. Kenya and Ethiopia have signed a "
                + "power agreement.")).extracting(Agreements::brief).containsExactly("ETH-KEN signed -");
    }

    @Test
    void aWhenClauseAfterTheStatusDatesIt() {
        assertThat(only("Senegal and Gambia signed the bridge agreement when the two presidents met in May 2017.")
                .date()).hasToString("2017-05");
    }
}
