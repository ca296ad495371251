package org.entente.catalog.rest.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An event with all its mentions: the fields of {@link EventView} plus {@code mentions}.
 *
 * @param event    the event
 * @param mentions its mentions, by article and fact id
 */
public record EventDetails(@JsonUnwrapped EventView event, List<EventMentionView> mentions) {
}
