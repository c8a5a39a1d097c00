/**
 * 合规 — the rules layer over the Regulations: the 四应四不 rule set (DMN tables where a table fits,
 * Java where logic does) and its findings, which open as a matter changes or time passes and close
 * when it is put right or a supervisor closes them; the checks a reply must pass before signing;
 * classification hints.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"shared", "identity", "petition", "workflow", "calendar"})
package org.xinfangflow.compliance;
