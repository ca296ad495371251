package org.entente.catalog.rest.dto;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * An agreement with its status history: the fields of {@link AgreementView} plus {@code statusHistory}.
 *
 * @param agreement     the agreement
 * @param statusHistory every statement of its status, oldest date first (undated first), then by lifecycle stage
 */
public record AgreementDetails(@JsonUnwrapped AgreementView agreement, List<StatusEntryView> statusHistory) {
}
