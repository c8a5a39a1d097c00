package org.xinfangflow.identity;

/** Published, in the changing transaction, when an administrator changes a user or a unit: the audit trail records it. */
public record DirectoryChanged(String action, String detail) {
}
