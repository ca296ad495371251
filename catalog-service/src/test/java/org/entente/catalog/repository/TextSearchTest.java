package org.entente.catalog.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.service.FactIngestion;
import org.entente.catalog.support.Countries;
import org.entente.catalog.support.Facts;
import org.entente.localstack.test.LocalInfraTestResource;
import org.junit.jupiter.api.Test;

/** Both ways of writing a full-text condition find the same facts, in the same order. */
@QuarkusTest
@WithTestResource(value = LocalInfraTestResource.class,
        initArgs = @ResourceArg(name = LocalInfraTestResource.DATABASE, value = "catalog"))
class TextSearchTest {

    @Inject
    FactIngestion ingestion;

    @Inject
    EntityManager em;

    @Test
    void startingFromTheMatchesOrFromTheListOrderGivesTheSamePage() {
        String a = Countries.fresh();
        String b = Countries.fresh();
        String word = "zq" + a.toLowerCase();
        String article = Facts.article();
        for (int i = 1; i <= 5; i++) {
            String sentence = (i % 2 == 0 ? "Talks on " + word : "Talks on trade") + " in round " + i;
            ingestion.ingest(Facts.withSentence(Facts.event(article, "f" + i, a, b, "04" + i, "2020-0" + i), sentence),
                    null);
        }

        List<String> fromMatches = cameos(a, word, 1_000_000);
        List<String> fromListOrder = cameos(a, word, 0);

        assertThat(fromMatches).containsExactly("044", "042");
        assertThat(fromListOrder).isEqualTo(fromMatches);
    }

    private List<String> cameos(String country, String text, int fewMatches) {
        NativeListQuery query = new NativeListQuery("catalog_event", "e");
        query.whereEither("e.source = :country", "e.target = :country", "country", country);
        TextSearch.overMentions(em, query, "event_mention", "event_id", "e", text, fewMatches);
        return query.page(em, CatalogEvent.class, null, 50).items().stream().map(e -> e.cameo).toList();
    }
}
