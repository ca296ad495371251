package org.entente.catalog.rest.dto;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items      the items, in the list's stable order
 * @param nextCursor pass as {@code cursor} to get the next page; null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {
}
