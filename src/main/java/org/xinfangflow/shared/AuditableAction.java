package org.xinfangflow.shared;

/**
 * A command that the audit trail records, published in the command's transaction by a module that
 * does not know the audit module: {@code matterNumber} may be null when no single matter is concerned.
 */
public record AuditableAction(String action, String matterNumber, String detail) {
}
