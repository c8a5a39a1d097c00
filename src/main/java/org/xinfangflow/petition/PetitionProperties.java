package org.xinfangflow.petition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * 登记设置. {@code numberPrefix}: numbers read PREFIX-YYYY-NNNNNN. {@code collectiveVisitThreshold}:
 * the Regulations set no headcount for a collective visit (集体访); the product default is 5.
 * {@code maxVisitRepresentatives}: Art. 20 caps representatives of a visit at 5.
 */
@Validated
@ConfigurationProperties("xinfang.petition")
public record PetitionProperties(String numberPrefix, Integer collectiveVisitThreshold, Integer maxVisitRepresentatives) {

  public PetitionProperties {
    numberPrefix = numberPrefix == null ? "XF" : numberPrefix;
    collectiveVisitThreshold = collectiveVisitThreshold == null ? 5 : collectiveVisitThreshold;
    maxVisitRepresentatives = maxVisitRepresentatives == null ? 5 : maxVisitRepresentatives;
  }
}
