package org.entente.localstack.tools;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticArticlesTest {

    @Test
    void aboutFiftyStatesComeFromTheResource() {
        assertThat(SyntheticArticles.states()).hasSizeBetween(45, 60).contains("Pakistan", "Iraq")
                .doesNotHaveDuplicates().noneMatch(state -> state.startsWith("#"));
    }

    @Test
    void everyArticleIsUniqueAndTheSameNumberGivesTheSameArticle() {
        Set<String> texts = new HashSet<>();
        LongStream.rangeClosed(1, 2_000).forEach(n -> texts.add(SyntheticArticles.number(n).text()));

        assertThat(texts).hasSize(2_000);
        assertThat(SyntheticArticles.number(42)).isEqualTo(SyntheticArticles.number(42));
    }

    @Test
    void anArticleNamesTwoStatesAVisitAnAgreementAndATradeFigure() {
        SyntheticArticles.Article article = SyntheticArticles.number(7);

        assertThat(article.text()).contains(" visited ", " signed a ", "Exports of ", " million in ")
                .matches("(?s).*\\$\\d+\\.\\d million in (19|20)\\d\\d\\..*");
        long states = SyntheticArticles.states().stream().filter(article.title()::contains).count();
        assertThat(states).isGreaterThanOrEqualTo(2);
        assertThat(article.published().getYear()).isBetween(2005, 2024);
    }
}
