package org.entente.contract;

import java.time.Instant;

/**
 * One fact extracted from one article, published on {@code facts.extracted} keyed by {@link #dyad()}.
 * Exactly one of {@link #event()}, {@link #agreement()} and {@link #trade()} is set, as {@link #kind()} says.
 *
 * @param factId      stable id of this fact within its article (the same article always gives the same ids)
 * @param kind        {@code event}, {@code agreement} or {@code trade}
 * @param dyad        the parties' codes sorted and joined with {@code -} ({@code IRQ-PAK})
 * @param article     the article the fact comes from
 * @param event       set when kind is {@code event}
 * @param agreement   set when kind is {@code agreement}
 * @param trade       set when kind is {@code trade}
 * @param evidence    where the fact is stated (the first statement when the article states it more than once)
 * @param confidence  0 to 1
 * @param extractedAt when the fact was extracted
 */
public record ExtractedFact(String factId, String kind, String dyad, ArticleRef article,
                            EventFact event, AgreementFact agreement, TradeFact trade,
                            Evidence evidence, double confidence, Instant extractedAt) {
}
