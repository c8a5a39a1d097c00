package org.xinfangflow.petition;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Set;

/** Six digits whose first two are one of the province-level codes of GB/T 2260. */
class RegionCodeValidator implements ConstraintValidator<RegionCode, String> {

  private static final Set<String> PROVINCES = Set.of(
      "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
      "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
      "71", "81", "82");

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || isValid(value);
  }

  static boolean isValid(String code) {
    return code.matches("\\d{6}") && PROVINCES.contains(code.substring(0, 2));
  }
}
