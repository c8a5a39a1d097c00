package org.xinfangflow.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 11643 check character, birth date and region of an ID number. */
class IdNumberValidatorTests {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "110101199003070070", "440308199901010012"})
  void acceptsValidNumbers(String id) {
    assertThat(IdNumberValidator.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "110105194912310021",  // wrong check character
      "11010519491331002X",  // month 13
      "110105194902300025",  // 30 February
      "990105194912310023",  // no such province
      "11010519491231002",   // 17 characters
      "1101051949123100XX",  // X before the last place
      "11010518001231002X"}) // born before 1900
  void rejectsInvalidNumbers(String id) {
    assertThat(IdNumberValidator.isValid(id)).isFalse();
  }
}
