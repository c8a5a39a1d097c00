/**
 * 办理 — what the bureau and the responsible units do with a matter: 依法分类处理 (dispatch),
 * 受理告知 / 不予受理 / 异议, 延期, the reply with 双审双签 and 答复预审, 送达, and 评价.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "petition", "workflow", "calendar", "compliance"})
package org.xinfangflow.handling;
