package org.xinfangflow.audit;

/**
 * The result of walking the chain: {@code intact}, how many entries were checked, and the first entry
 * whose stored hash or link does not match ({@code brokenAt}, with the reason).
 */
public record ChainVerification(boolean intact, long checked, Long brokenAt, String reason) {

  static ChainVerification ok(long checked) {
    return new ChainVerification(true, checked, null, null);
  }

  static ChainVerification broken(long checked, long id, String reason) {
    return new ChainVerification(false, checked, id, reason);
  }
}
