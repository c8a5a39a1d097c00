package org.xinfangflow.petition;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * GB 11643-1999: 17 digits (6 region, 8 birth date, 3 sequence) and a check character computed
 * with ISO 7064 MOD 11-2 (weights 2^(17-i) mod 11; remainder mapped to 1 0 X 9 8 7 6 5 4 3 2).
 */
class IdNumberValidator implements ConstraintValidator<IdNumber, String> {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || value.isBlank() || isValid(value.strip());
  }

  static boolean isValid(String id) {
    String value = id.toUpperCase();
    if (!value.matches("\\d{17}[\\dX]")) {
      return false;
    }
    if (!RegionCodeValidator.isValid(value.substring(0, 6)) || !validBirthDate(value.substring(6, 14))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11] == value.charAt(17);
  }

  private static boolean validBirthDate(String yyyymmdd) {
    try {
      LocalDate birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
          Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
      return birth.getYear() >= 1900 && !birth.isAfter(LocalDate.of(2100, 1, 1));
    } catch (DateTimeException e) {
      return false;
    }
  }
}
