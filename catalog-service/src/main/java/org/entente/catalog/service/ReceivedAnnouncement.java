package org.entente.catalog.service;

import org.entente.contract.ArticleIngested;

/**
 * An article announcement as it came off {@code articles.ingested}.
 *
 * @param announcement the announcement
 * @param messageId    the message's CloudEvents id, or null when it has none
 */
public record ReceivedAnnouncement(ArticleIngested announcement, String messageId) {
}
