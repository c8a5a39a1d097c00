package org.xinfangflow.shared;

/** 脱敏 — how personal data is shown to those who need not see it whole. */
public final class Masking {

  private Masking() {
  }

  /** 110101********4514: the region and the last four stay. */
  public static String idNumber(String id) {
    if (id == null) {
      return null;
    }
    return id.length() <= 10 ? "*".repeat(id.length()) : id.substring(0, 6) + "*".repeat(id.length() - 10)
        + id.substring(id.length() - 4);
  }

  /** 张*: the family name stays. */
  public static String name(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
  }

  /** 138****8000 for a mobile; the last four for anything else. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    if (phone.length() == 11 && phone.startsWith("1")) {
      return phone.substring(0, 3) + "****" + phone.substring(7);
    }
    return phone.length() <= 4 ? "****" : "*".repeat(phone.length() - 4) + phone.substring(phone.length() - 4);
  }
}
