package org.xinfangflow.petition;

import java.util.List;

/**
 * Where the detail view's {@code findings[]} come from: the compliance module implements it (the
 * petition module does not depend on compliance; compliance depends on petition).
 */
public interface MatterFindings {

  List<?> findingsOf(String number);
}
