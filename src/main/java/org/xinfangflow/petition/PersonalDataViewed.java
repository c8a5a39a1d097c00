package org.xinfangflow.petition;

/** Published when someone is shown a matter's personal data whole (unmasked): the audit trail records it. */
public record PersonalDataViewed(String number, String viewer) {
}
