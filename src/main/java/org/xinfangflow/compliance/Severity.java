package org.xinfangflow.compliance;

/** How serious a finding is: HIGH breaks a statutory limit or Art. 30/36, MEDIUM a procedure, LOW a formality. */
public enum Severity {
  HIGH, MEDIUM, LOW
}
