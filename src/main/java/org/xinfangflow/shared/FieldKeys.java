package org.xinfangflow.shared;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys for personal data at rest: the current key (writes and reads) and the previous keys (read
 * only, until {@code --reencrypt} has moved every stored value to the current key). Values of the first
 * release ({@code v1:}, no key id) were written by the key whose id is {@code legacyKeyId}.
 * Checked when built: every key 32 bytes of base64, ids well-formed and distinct, no secret twice.
 * Error messages name keys by id or position only, never their content.
 */
public final class FieldKeys {

  public static final String DEFAULT_KEY_ID = "k1";

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
  private static final int KEY_BYTES = 32;

  private final FieldKey current;
  private final Map<String, FieldKey> byId;
  private final String legacyKeyId;

  private FieldKeys(FieldKey current, Map<String, FieldKey> byId, String legacyKeyId) {
    this.current = current;
    this.byId = byId;
    this.legacyKeyId = legacyKeyId;
  }

  /** One key, id {@link #DEFAULT_KEY_ID}, which also reads {@code v1:} values. */
  public static FieldKeys single(String base64Key) {
    return of(base64Key, DEFAULT_KEY_ID, "", DEFAULT_KEY_ID);
  }

  /**
   * From the configuration: {@code xinfang.crypto.key}, {@code xinfang.crypto.key-id},
   * {@code xinfang.crypto.previous-keys} ({@code id:base64,id:base64}) and {@code xinfang.crypto.legacy-key-id}.
   */
  public static FieldKeys of(String currentKey, String currentKeyId, String previousKeys, String legacyKeyId) {
    String currentId = checkId(currentKeyId, "xinfang.crypto.key-id");
    String legacyId = checkId(legacyKeyId, "xinfang.crypto.legacy-key-id");
    if (currentKey == null || currentKey.isBlank()) {
      throw new IllegalStateException("xinfang.crypto.key is not set: 32 random bytes, base64 "
          + "(e.g. `openssl rand -base64 32`), from the environment (XINFANG_CRYPTO_KEY)");
    }
    FieldKey current = FieldKey.of(currentId, decode(currentKey, "xinfang.crypto.key"));
    Map<String, FieldKey> byId = new LinkedHashMap<>();
    byId.put(currentId, current);
    for (FieldKey previous : parsePrevious(previousKeys)) {
      if (byId.containsKey(previous.id())) {
        throw new IllegalStateException("xinfang.crypto.previous-keys: key id '" + previous.id()
            + "' is configured twice (key ids must be distinct, and differ from xinfang.crypto.key-id)");
      }
      byId.values().stream().filter(previous::sameSecretAs).findFirst().ifPresent(same -> {
        throw new IllegalStateException("xinfang.crypto.previous-keys: key '" + previous.id()
            + "' is the same secret as key '" + same.id() + "'; a new key must be freshly generated");
      });
      byId.put(previous.id(), previous);
    }
    return new FieldKeys(current, Collections.unmodifiableMap(byId), legacyId);
  }

  FieldKey current() {
    return current;
  }

  /** Current first, then the previous keys in configured order. */
  List<FieldKey> all() {
    List<FieldKey> all = new ArrayList<>();
    all.add(current);
    byId.values().stream().filter(k -> k != current).forEach(all::add);
    return all;
  }

  Optional<FieldKey> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  String legacyKeyId() {
    return legacyKeyId;
  }

  private static List<FieldKey> parsePrevious(String spec) {
    List<FieldKey> keys = new ArrayList<>();
    if (spec == null || spec.isBlank()) {
      return keys;
    }
    String[] entries = spec.split(",");
    for (int i = 0; i < entries.length; i++) {
      String entry = entries[i].strip();
      int colon = entry.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("xinfang.crypto.previous-keys: entry " + (i + 1)
            + " is not of the form id:base64key");
      }
      String id = entry.substring(0, colon).strip();
      if (!ID.matcher(id).matches()) {
        // not echoed: a reversed entry (key:id) would print the secret
        throw new IllegalStateException("xinfang.crypto.previous-keys: entry " + (i + 1) + " does not start with a "
            + "key id (1 to 32 letters, digits, '-' or '_', e.g. k1:base64key)");
      }
      keys.add(FieldKey.of(id, decode(entry.substring(colon + 1), "xinfang.crypto.previous-keys key '" + id + "'")));
    }
    return keys;
  }

  private static String checkId(String id, String where) {
    String stripped = id == null ? "" : id.strip();
    if (!ID.matcher(stripped).matches()) {
      throw new IllegalStateException(where + ": a key id is 1 to 32 letters, digits, '-' or '_' (e.g. k2), is '"
          + stripped + "'");
    }
    return stripped;
  }

  private static byte[] decode(String base64Key, String where) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64Key.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + " is not valid base64");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalStateException(where + " must be 32 bytes, is " + key.length
          + " (generate one with `openssl rand -base64 32`)");
    }
    return key;
  }
}
