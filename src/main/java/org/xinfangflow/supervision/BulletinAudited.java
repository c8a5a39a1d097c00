package org.xinfangflow.supervision;

/**
 * Published, in the changing transaction, when a monthly bulletin (月通报) is generated or one of its
 * problems is rectified, verified or sent back: the audit trail records it. {@code matterNumber} is the
 * matter the problem concerns, null for a whole bulletin.
 */
public record BulletinAudited(String action, String matterNumber, String detail) {
}
