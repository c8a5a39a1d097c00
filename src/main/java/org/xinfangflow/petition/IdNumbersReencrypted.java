package org.xinfangflow.petition;

/**
 * Published, in the batch's transaction, when {@code --reencrypt} has moved stored ID numbers (and their
 * hashes) to the current key: the audit trail records it.
 */
public record IdNumbersReencrypted(String keyId, int rows) {
}
