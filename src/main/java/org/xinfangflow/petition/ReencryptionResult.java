package org.xinfangflow.petition;

/**
 * What one run of {@link IdNumberReencryption} did: rows moved to the current key, rows that changed
 * under it (left for the next run), and the rows with an ID number still not on the current key after it.
 */
record ReencryptionResult(String keyId, long changed, long changedConcurrently, long remaining, long total) {

  boolean complete() {
    return remaining == 0;
  }
}
