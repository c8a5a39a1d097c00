package org.xinfangflow.compliance;

/**
 * One rule of the set: its code, family, article, severity and the plain Chinese message a supervisor
 * reads. A DETECTS rule raises findings; {@code resolvesItself} when putting the matter right closes
 * the finding (a late step once done), otherwise only a supervisor closes it. A PREVENTS rule is
 * enforced where the command is taken (the command is refused), so it never needs a finding;
 * {@code source} names the table or class that holds it.
 */
public record RuleDefinition(String code, Family family, String article, Severity severity, String message,
    boolean resolvesItself, Mode mode, String source) {

  /** Whether the rule finds breaches after the fact or refuses them up front. */
  public enum Mode {
    DETECTS, PREVENTS
  }
}
