/**
 * 文书 — the written notices and opinions a matter owes the petitioner or a unit (受理告知书,
 * 不予受理告知书, 延期告知书, 信访事项处理意见书, 复查意见书, 复核意见书, 转送单, 交办单), issued in
 * the transaction of the step that requires them, numbered, rendered to PDF from an editable template
 * and reproducible byte for byte from what is stored. See {@code docs/documents.md}.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "petition", "handling", "review", "calendar"})
package org.xinfangflow.documents;
