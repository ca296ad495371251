package org.entente.extraction.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.extraction.agreement.Agreements.of;
import static org.entente.extraction.agreement.Agreements.only;

import org.entente.extraction.Agreement;
import org.junit.jupiter.api.Test;

/** Types from the head noun, domains from cue words, titles from names. */
class AgreementKindsTest {

    @Test
    void theHeadNounGivesTheType() {
        assertThat(only("Ghana and Nigeria signed a memorandum of understanding in 2017.").type()).isEqualTo("mou");
        assertThat(only("Ghana and Nigeria signed an MoU in 2017.").type()).isEqualTo("mou");
        assertThat(only("Ghana and Nigeria signed a protocol in 2017.").type()).isEqualTo("protocol");
        assertThat(only("Ghana and Nigeria signed a treaty in 2017.").type()).isEqualTo("treaty");
        assertThat(only("Ghana and Nigeria signed a pact in 2017.").type()).isEqualTo("pact");
        assertThat(only("Ghana and Nigeria signed a contract in 2017.").type()).isEqualTo("contract");
        assertThat(only("Ghana and Nigeria signed an accord in 2017.").type()).isEqualTo("agreement");
    }

    @Test
    void anArmsDealIsAContractAndATradeDealAnAgreement() {
        assertThat(only("Pakistan and China signed an arms deal in 2015.").type()).isEqualTo("contract");
        assertThat(only("Pakistan and China signed a trade deal in 2015.").type()).isEqualTo("agreement");
    }

    @Test
    void aVerbDealIsNoAgreement() {
        assertThat(of("Thailand and Cambodia might deal with the refugees together.")).isEmpty();
        assertThat(of("Thailand acted in agreement with Cambodia.")).isEmpty();
    }

    @Test
    void cueWordsGiveTheDomain() {
        assertThat(only("Tunisia and Algeria signed a gas pipeline agreement.").domain()).isEqualTo("energy");
        assertThat(only("Tunisia and Algeria signed a visa agreement.").domain()).isEqualTo("diplomacy");
        assertThat(only("Tunisia and Algeria signed a counter-terrorism agreement.").domain()).isEqualTo("security");
        assertThat(only("Tunisia and Algeria signed a coast guard agreement.").domain()).isEqualTo("maritime");
        assertThat(only("Tunisia and Algeria signed an agreement to promote tourism.").domain()).isEqualTo("tourism");
        assertThat(only("Tunisia and Algeria signed an agreement on student exchanges and scholarships.").domain())
                .isEqualTo("education");
        assertThat(only("Tunisia and Algeria signed a free trade agreement.").domain()).isEqualTo("trade");
    }

    @Test
    void aPactWithoutCueWordsIsADefencePactAndAnAgreementOther() {
        assertThat(only("Tunisia and Algeria signed a pact in 1962.").domain()).isEqualTo("defence");
        assertThat(only("Tunisia and Algeria signed an agreement in 1962.").domain()).isEqualTo("other");
    }

    @Test
    void theNameIsTheTitle() {
        assertThat(only("In 1972, India and Pakistan signed the Simla Agreement.").title()).isEqualTo("Simla Agreement");
        assertThat(only("Japan and China signed the Treaty of Peace and Friendship in 1978.").title())
                .isEqualTo("Treaty of Peace and Friendship");
        assertThat(only("In 1962 France and Algeria signed the 'Evian Accords'.").title()).isEqualTo("Evian Accords");
    }

    @Test
    void withoutANameTheTitleDescribesTheAgreement() {
        assertThat(only("In 2013, Iraq and Jordan signed a defence pact.").title()).isEqualTo("Defence pact");
    }

    @Test
    void aPrepositionOpeningARelativeClauseIsNotPartOfTheTitle() {
        assertThat(only("In 2013, Iraq and Jordan signed a defence pact under which Jordan would train Iraqi pilots.")
                .title()).isEqualTo("Defence pact");
        assertThat(only("In 2013, Iraq and Jordan signed a transit protocol by which trucks could cross freely.")
                .title()).isEqualTo("Transit protocol");
    }

    @Test
    void aPastVerbWithItsObjectAfterTheHeadIsNotPartOfTheTitle() {
        assertThat(only("Bolivia and Chile are neighbours. The 1904 treaty granted Bolivia free transit.").title())
                .isEqualTo("1904 treaty");
        assertThat(only("Bolivia and Chile are neighbours. The 1904 treaty obliged the two states to build a "
                + "railway.").title()).isEqualTo("1904 treaty");
    }

    @Test
    void aNounPhraseRightAfterTheHeadIsNotPartOfTheTitle() {
        assertThat(only("Under the 1929 Anglo-Egyptian treaty the river's water goes mostly to Egypt.").title())
                .isEqualTo("1929 Anglo-Egyptian treaty");
    }

    @Test
    void aNameInsideAnActorsNameIsNoAgreement() {
        assertThat(of("Turkey backed the Government of National Accord in 2019.")).isEmpty();
    }

    @Test
    void aCompoundHeadIsOneAgreement() {
        Agreement a = only("Rwanda and Uganda signed the Nile Basin Cooperative Framework Agreement in 2010.");
        assertThat(a.title()).isEqualTo("Nile Basin Cooperative Framework Agreement");
    }

    @Test
    void examplesOfAKindTakeItsDomain() {
        assertThat(of("Both Pakistan and Turkey were members of such regional security pacts as the Central Treaty "
                + "Organization and the Regional Cooperation for Development Pact."))
                .extracting(Agreement::domain).containsOnly("security");
    }

    @Test
    void aPhraseThatIsTheSubjectOfAVerbEndsBeforeIt() {
        assertThat(of("In 2004 Laos and Thailand signed a bridge agreement. Since that agreement was signed, trade "
                + "has doubled.")).extracting(Agreement::title).containsOnly("Bridge agreement");
        assertThat(only("The 2009 treaty between Oman and Yemen has kept the border quiet.").title())
                .isEqualTo("2009 treaty between Oman and Yemen");
    }

    @Test
    void aDescriptionEndsBeforeTheTimeOfTheClause() {
        assertThat(only("Ghana and Togo signed a treaty on 22 June 1965.").title()).isEqualTo("Treaty");
    }

    @Test
    void anAgreementWithoutADomainWordTakesTheNearestOneOfItsSentence() {
        assertThat(only("The quarrel over the hydropower dam on the river was settled by the Lusaka Accord between "
                + "Zambia and Zimbabwe in 1987.").domain()).isEqualTo("energy");
        assertThat(only("In 1987 Zambia and Zimbabwe signed the Lusaka Accord.").domain()).isEqualTo("other");
    }

    @Test
    void aDomainWordOfThePhraseWinsOverTheSentences() {
        assertThat(only("Amid the oil dispute, Chad and Sudan signed a border treaty in 2010.").domain())
                .isEqualTo("diplomacy");
        assertThat(only("In 2013 India and China signed a Border Defence Cooperation Agreement.").domain())
                .isEqualTo("defence");
    }
}
