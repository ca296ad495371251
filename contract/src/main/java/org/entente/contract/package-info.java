/**
 * The Kafka contract between Entente's services: plain records serialised as JSON.
 *
 * <p>Topics and their payloads:
 * <ul>
 *   <li>{@code articles.ingested}: {@link ArticleIngested}, keyed by article id;</li>
 *   <li>{@code facts.extracted}: {@link ExtractedFact}, one message per fact, keyed by dyad ({@code IRQ-PAK});</li>
 *   <li>{@code catalog.facts}: {@link CatalogChange}, the catalog's canonical facts after merging, keyed by dyad.</li>
 * </ul>
 * CloudEvents attributes ({@code ce_id}, {@code ce_type}, {@code ce_source}, {@code ce_specversion},
 * {@code ce_time}, {@code ce_subject}) travel as Kafka headers; the constants are in {@link Topics}.
 *
 * <p>Countries are ISO 3166-1 alpha-3 codes (historical states keep theirs: {@code SUN}, {@code DDR});
 * {@code IGO} stands for an international organisation. Dates are ISO strings at their precision
 * ({@code 2021}, {@code 2021-03}, {@code 2021-03-14}) with the precision spelled out beside them.
 */
package org.entente.contract;
