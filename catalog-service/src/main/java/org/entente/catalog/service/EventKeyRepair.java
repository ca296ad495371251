package org.entente.catalog.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.entente.catalog.model.CatalogEvent;
import org.entente.catalog.model.EventMention;
import org.entente.catalog.repository.DyadLocks;
import org.entente.catalog.repository.EventMentionRepository;
import org.entente.catalog.repository.EventRepository;
import org.entente.catalog.service.merge.EventMergeKeys;
import org.jboss.logging.Logger;

/**
 * Moves event mentions whose stored merge key is not the one the current rules give (they were stored before
 * joint acts were merged across direction, or under other {@code entente.catalog.events.joint-codes}) to their
 * key, with the events made of them, and recomputes every key they left or joined: events are merged or split,
 * republished or retracted as if the mentions had always been keyed this way, and keep their ids where their
 * mentions carry over. Runs at start-up, one transaction per dyad under the dyad's lock, so the consumers can run
 * beside it; when nothing is stale it costs one scan of the mentions.
 */
@ApplicationScoped
public class EventKeyRepair {

    private static final Logger LOG = Logger.getLogger(EventKeyRepair.class);

    private final EventMentionRepository mentions;
    private final EventRepository events;
    private final EventCatalog catalog;
    private final SigningLinks signingLinks;
    private final DyadLocks locks;
    private final EventMergeKeys keys;

    EventKeyRepair(EventMentionRepository mentions, EventRepository events, EventCatalog catalog,
                   SigningLinks signingLinks, DyadLocks locks, EventMergeKeys keys) {
        this.mentions = mentions;
        this.events = events;
        this.catalog = catalog;
        this.signingLinks = signingLinks;
        this.locks = locks;
        this.keys = keys;
    }

    void onStart(@Observes StartupEvent startup) {
        repairAll();
    }

    /**
     * Re-keys every stale mention.
     *
     * @return how many mentions moved
     */
    public int repairAll() {
        List<String> dyads = QuarkusTransaction.requiringNew()
                .call(() -> mentions.dyadsWithStaleKeys(keys.jointActs().codes()));
        int moved = 0;
        for (String dyad : dyads) {
            moved += QuarkusTransaction.requiringNew().call(() -> repair(dyad));
        }
        if (moved > 0) {
            LOG.infof("moved %d event mentions of %d dyads to their merge keys (joint codes %s)", moved,
                    dyads.size(), keys.jointActs().codes());
        }
        return moved;
    }

    private int repair(String dyad) {
        locks.lock(dyad);
        Set<String> touched = new TreeSet<>();
        int moved = 0;
        for (EventMention mention : mentions.byDyad(dyad)) {
            String key = keys.of(mention.source, mention.target, mention.cameo, mention.date);
            if (!key.equals(mention.mergeKey)) {
                touched.add(mention.mergeKey);
                touched.add(key);
                mention.mergeKey = key;
                moved++;
            }
        }
        for (CatalogEvent event : events.byDyad(dyad)) {
            String key = keys.of(event.source, event.target, event.cameo, event.date);
            if (!key.equals(event.mergeKey)) {
                touched.add(event.mergeKey);
                touched.add(key);
                event.mergeKey = key;
            }
        }
        touched.forEach(catalog::recompute);
        if (moved > 0) {
            signingLinks.refresh(dyad);
        }
        return moved;
    }
}
