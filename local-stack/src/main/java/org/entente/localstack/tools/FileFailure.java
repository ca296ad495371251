package org.entente.localstack.tools;

/**
 * A file that was not ingested.
 *
 * @param name   the name it was uploaded under
 * @param reason why, as the service (or the upload) said
 */
public record FileFailure(String name, String reason) {
}
