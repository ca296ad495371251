package org.entente.extraction.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoneyFinderTest {

    private final MoneyFinder finder = new MoneyFinder();

    private List<MoneyMention> find(String text) {
        List<MoneyMention> found = finder.find(text, 0, text.length());
        assertThat(found).allSatisfy(m -> assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text()));
        return found;
    }

    private MoneyMention only(String text) {
        List<MoneyMention> found = find(text);
        assertThat(found).as("money in: %s", text).hasSize(1);
        return found.get(0);
    }

    @Test
    void dollarAmountsWithASymbolAndAScale() {
        MoneyMention m = only("In 2019, Chile exported $ 66.2 million to Peru.");
        assertThat(m.text()).isEqualTo("$ 66.2 million");
        assertThat(m.amount()).isEqualTo(66_200_000d);
        assertThat(m.currency()).isEqualTo("USD");
        assertThat(m.usd()).isEqualTo(66_200_000d);
        assertThat(m.hedged()).isFalse();
        assertThat(only("trade of $1.5 billion").amount()).isEqualTo(1.5e9);
        assertThat(only("a $5 bn deal").amount()).isEqualTo(5e9);
        assertThat(only("a $5bn deal").amount()).isEqualTo(5e9);
        assertThat(only("a $250m loan").amount()).isEqualTo(250e6);
        assertThat(only("a $700k grant").amount()).isEqualTo(700e3);
        assertThat(only("paid $1,250,000 in fees").amount()).isEqualTo(1_250_000d);
        assertThat(only("a $1.2-billion loan").amount()).isEqualTo(1.2e9);
    }

    @Test
    void codesAndPrefixedDollarSigns() {
        assertThat(only("worth US$5bn").amount()).isEqualTo(5e9);
        assertThat(only("worth US $5bn").currency()).isEqualTo("USD");
        assertThat(only("worth USD 3.2 million").amount()).isEqualTo(3.2e6);
        assertThat(only("worth 3.2 million USD").amount()).isEqualTo(3.2e6);
        assertThat(only("worth C$40 million").currency()).isEqualTo("CAD");
        assertThat(only("worth C$40 million").usd()).isNull();
        assertThat(only("a CN¥5 billion loan").currency()).isEqualTo("CNY");
        assertThat(only("a U.S.$5 billion loan").currency()).isEqualTo("USD");
    }

    @Test
    void amountsWithTheCurrencyAfterThemInWordsOrDigits() {
        assertThat(only("trade of 5 billion dollars").amount()).isEqualTo(5e9);
        MoneyMention words = only("trade of five billion dollars");
        assertThat(words.amount()).isEqualTo(5e9);
        assertThat(words.text()).isEqualTo("five billion dollars");
        assertThat(only("a billion dollars in aid").amount()).isEqualTo(1e9);
        assertThat(only("half a billion dollars in aid").amount()).isEqualTo(0.5e9);
        assertThat(only("twenty-five million US dollars").currency()).isEqualTo("USD");
        assertThat(only("twenty-five million US dollars").amount()).isEqualTo(25e6);
    }

    @Test
    void otherCurrenciesKeepTheirOwnCodeAndHaveNoDollarValue() {
        MoneyMention euros = only("a €3 million grant");
        assertThat(euros.currency()).isEqualTo("EUR");
        assertThat(euros.usd()).isNull();
        assertThat(only("a £2bn loan").currency()).isEqualTo("GBP");
        assertThat(only("a ¥500 billion credit").currency()).isEqualTo("JPY");
        MoneyMention rials = only("trade of 2.5 trillion rials");
        assertThat(rials.currency()).isEqualTo("IRR");
        assertThat(rials.amount()).isEqualTo(2.5e12);
        assertThat(only("worth 300 million dirhams").currency()).isEqualTo("AED");
    }

    @Test
    void rupeesInEveryCommonForm() {
        assertThat(only("a budget of Rs 10 billion").amount()).isEqualTo(10e9);
        assertThat(only("a budget of Rs. 10bn").amount()).isEqualTo(10e9);
        assertThat(only("a budget of Rs10bn").amount()).isEqualTo(10e9);
        assertThat(only("a budget of PKR 10 billion").currency()).isEqualTo("PKR");
        assertThat(only("a grant of Rs 3 crore").amount()).isEqualTo(3e7);
        assertThat(only("a grant of 5 lakh rupees").amount()).isEqualTo(5e5);
        assertThat(only("a grant of ₹40 crore").currency()).isEqualTo("INR");
    }

    @Test
    void aSharedCurrencyNameTakesTheCountryNamedWithIt() {
        assertThat(only("10 million Pakistani rupees").currency()).isEqualTo("PKR");
        assertThat(only("Nepal's budget grew by Rs 10 billion").currency()).isEqualTo("NPR");
        assertThat(only("a fund of Rs 10 billion").currency()).isEqualTo("INR");
        assertThat(only("Oman paid 40 million rials").currency()).isEqualTo("OMR");
        assertThat(only("Kuwait lent 40 million dinars").currency()).isEqualTo("KWD");
        assertThat(only("Canada pledged $40 million").currency()).isEqualTo("USD");
        assertThat(only("40 million Canadian dollars").currency()).isEqualTo("CAD");
    }

    @Test
    void ranges() {
        MoneyMention dash = only("worth $1-2 billion a year");
        assertThat(dash.amount()).isEqualTo(1e9);
        assertThat(dash.high()).isEqualTo(2e9);
        assertThat(dash.isRange()).isTrue();
        assertThat(only("worth $1 billion to $2 billion").high()).isEqualTo(2e9);
        assertThat(only("worth $1 to 2 billion").amount()).isEqualTo(1e9);
        MoneyMention between = only("worth between $1 and 2 billion");
        assertThat(between.text()).isEqualTo("between $1 and 2 billion");
        assertThat(between.amount()).isEqualTo(1e9);
        assertThat(between.high()).isEqualTo(2e9);
        assertThat(only("worth 1–2 billion dollars").high()).isEqualTo(2e9);
    }

    @Test
    void capitalisedWordsOpeningASentenceStillCount() {
        assertThat(only("Five billion dollars was pledged.").amount()).isEqualTo(5e9);
        assertThat(only("Between $1 and 2 billion was pledged.").high()).isEqualTo(2e9);
        assertThat(only("Twenty-five million euros was pledged.").currency()).isEqualTo("EUR");
        assertThat(only("Rs 5 crore was pledged.").amount()).isEqualTo(5e7);
    }

    @Test
    void aChangeFromOneAmountToAnotherIsTwoAmounts() {
        assertThat(find("trade rose from $1 billion to $2 billion")).extracting(MoneyMention::amount)
                .containsExactly(1e9, 2e9);
        assertThat(find("to raise trade from about $10 billion to $15 billion")).extracting(MoneyMention::amount)
                .containsExactly(1e10, 1.5e10);
        assertThat(find("trade of about $10 billion to $15 billion a year")).extracting(MoneyMention::amount)
                .containsExactly(1e10);
    }

    @Test
    void hedgesMakeAnAmountHedged() {
        MoneyMention around = only("trade worth around $1.5 billion per year");
        assertThat(around.hedged()).isTrue();
        assertThat(around.hedge()).isEqualTo("around");
        assertThat(around.text()).isEqualTo("$1.5 billion");
        assertThat(only("more than $5 billion").hedge()).isEqualTo("more than");
        assertThat(only("up to $5 billion").hedge()).isEqualTo("up to");
        assertThat(only("an estimated $5 billion").hedge()).isEqualTo("an estimated");
        assertThat(only("to approximately $5 billion").hedge()).isEqualTo("approximately");
        assertThat(only("some 5 billion dollars").hedged()).isTrue();
        assertThat(only("a total of $5 billion").hedged()).isFalse();
    }

    @Test
    void numbersWithoutACurrencyAreNotMoney() {
        assertThat(find("They awarded 1,000 scholarships to a population of 220 million in 2021.")).isEmpty();
        assertThat(find("Trade grew 5% or 12 percent; 40,000 troops; 12 JF-17 jets; billions of dollars.")).isEmpty();
        assertThat(find("The G20 met; the $ sign; a dollar; Rs; we won 5 seats.")).isEmpty();
    }

    @Test
    void verbsOfExceedingAndOrdersOfMagnitudeAreHedges() {
        assertThat(only("exports exceeded $4 billion").hedge()).isEqualTo("exceeded");
        assertThat(only("trade topped 9 billion euros").hedged()).isTrue();
        assertThat(only("sales surpassed $700 million").hedged()).isTrue();
        assertThat(only("trade was in the order of $2 billion").hedge()).isEqualTo("in the order of");
        assertThat(only("trade was estimated at $2 billion").hedge()).isEqualTo("estimated at");
        assertThat(only("trade reached $2 billion").hedged()).isFalse();
    }
}
