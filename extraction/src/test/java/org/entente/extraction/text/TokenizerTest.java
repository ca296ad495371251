package org.entente.extraction.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.entente.extraction.text.Token.Type;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    private List<Type> types(String s) {
        return tokenizer.tokenize(s).stream().map(Token::type).toList();
    }

    @Test
    void possessiveWithEitherApostropheIsASeparateClitic() {
        assertThat(texts("Turkey's envoy")).containsExactly("Turkey", "'s", "envoy");
        assertThat(texts("Turkey’s envoy")).containsExactly("Turkey", "’s", "envoy");
        assertThat(types("Turkey’s envoy")).containsExactly(Type.WORD, Type.CLITIC, Type.WORD);
    }

    @Test
    void aNumberCanTakeAPossessive() {
        assertThat(types("2019's budget")).containsExactly(Type.NUMBER, Type.CLITIC, Type.WORD);
    }

    @Test
    void pluralPossessiveApostropheIsAClitic() {
        assertThat(tokenizer.tokenize("the two countries’ border"))
                .extracting(Token::text, Token::type)
                .contains(org.assertj.core.groups.Tuple.tuple("’", Type.CLITIC));
    }

    @Test
    void closingQuoteAfterAWordNotEndingInSIsPunctuation() {
        assertThat(tokenizer.tokenize("a ‘true friend’ of Chile").get(4).type()).isEqualTo(Type.PUNCT);
    }

    @Test
    void innerApostrophesStayInTheWord() {
        assertThat(texts("the Ba'athist era and Shi’ite shrines of O'Neill"))
                .contains("Ba'athist", "Shi’ite", "O'Neill");
    }

    @Test
    void negationIsSplitOffAsClitic() {
        assertThat(texts("Kenya doesn't and Peru can’t")).containsExactly("Kenya", "does", "n't", "and", "Peru", "ca",
                "n’t");
    }

    @Test
    void hyphenatedWordsAndCodesAreOneWord() {
        assertThat(texts("anti-Daesh Saudi-led F-16 JF-17 people-to-people"))
                .containsExactly("anti-Daesh", "Saudi-led", "F-16", "JF-17", "people-to-people");
    }

    @Test
    void dashesBetweenNumbersOrNamesArePunctuation() {
        assertThat(texts("2004–05")).containsExactly("2004", "–", "05");
        assertThat(types("2013-2017")).containsExactly(Type.NUMBER, Type.PUNCT, Type.NUMBER);
        assertThat(texts("the Iran–Iraq war — a long one")).containsExactly("the", "Iran", "–", "Iraq", "war", "—",
                "a", "long", "one");
    }

    @Test
    void currencySymbolsAreSymbolsAndPrefixesStickToTheDollar() {
        assertThat(tokenizer.tokenize("$66.2")).extracting(Token::text, Token::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple("$", Type.SYMBOL),
                org.assertj.core.groups.Tuple.tuple("66.2", Type.NUMBER));
        assertThat(texts("US$5bn and €3 and A$2")).containsExactly("US$", "5", "bn", "and", "€", "3", "and", "A$",
                "2");
        assertThat(types("US$5bn")).containsExactly(Type.SYMBOL, Type.NUMBER, Type.WORD);
    }

    @Test
    void numbersKeepThousandsSeparatorsOfBothStyles() {
        assertThat(texts("1,000 scholarships and 40,000 troops and Rs 1,00,000"))
                .contains("1,000", "40,000", "1,00,000");
    }

    @Test
    void aCommaBetweenNumbersThatAreNotGroupsSeparatesThem() {
        assertThat(texts("rows 2,3 and 12,34")).containsExactly("rows", "2", ",", "3", "and", "12", ",", "34");
    }

    @Test
    void decimalsStayTogetherButASentencePeriodAfterAYearDoesNot() {
        assertThat(texts("grew 66.2 percent in 2021.")).containsExactly("grew", "66.2", "percent", "in", "2021",
                ".");
    }

    @Test
    void ordinalAndDecadeSuffixesBelongToTheNumber() {
        assertThat(texts("the 21st century, the 1970s and 60s, the 10th of May"))
                .contains("21st", "1970s", "60s", "10th");
        assertThat(types("1970s")).containsExactly(Type.NUMBER);
    }

    @Test
    void otherLettersAfterDigitsAreAWordOfTheirOwn() {
        assertThat(texts("5bn 12km 1999s")).containsExactly("5", "bn", "12", "km", "1999", "s");
    }

    @Test
    void numericDatesAndTimesAreOneNumber() {
        assertThat(texts("on 29/01/2024 at 3:20 pm or 29.01.2024"))
                .containsExactly("on", "29/01/2024", "at", "3:20", "pm", "or", "29.01.2024");
    }

    @Test
    void knownAbbreviationsAndInitialismsKeepTheirPeriod() {
        assertThat(texts("Dr. Khan and the U.S.-led force, e.g. Gen. Beg")).containsExactly("Dr.", "Khan", "and",
                "the", "U.S.-led", "force", ",", "e.g.", "Gen.", "Beg");
    }

    @Test
    void anOrdinaryWordBeforeAPeriodDoesNotTakeIt() {
        assertThat(texts("met Kennedy.")).containsExactly("met", "Kennedy", ".");
    }

    @Test
    void anEllipsisOfDotsIsOneToken() {
        assertThat(texts("conspiracy ... with")).containsExactly("conspiracy", "...", "with");
    }

    @Test
    void symbolsAndPunctuationAreTold() {
        assertThat(tokenizer.tokenize("5% © (x)")).extracting(Token::type)
                .containsExactly(Type.NUMBER, Type.SYMBOL, Type.SYMBOL, Type.PUNCT, Type.WORD, Type.PUNCT);
    }

    @Test
    void nonLatinScriptsAreWords() {
        assertThat(tokenizer.tokenize("مركز البيان")).extracting(Token::type).containsExactly(Type.WORD, Type.WORD);
    }

    @Test
    void offsetsReferToTheWholeTextWhenTokenizingASpan() {
        String text = "First. Second sentence here.";
        List<Token> tokens = tokenizer.tokenize(text, 7, text.length());
        assertThat(tokens.get(0).text()).isEqualTo("Second");
        assertThat(tokens).allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
    }

    @Test
    void aRangeOutsideTheTextIsRejected() {
        assertThatThrownBy(() -> tokenizer.tokenize("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
