package org.xinfangflow.petition;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;
import org.xinfangflow.shared.FieldCipher;

/** Stores ID numbers encrypted; the entity sees them in clear. */
@Component
@Converter
class IdNumberConverter implements AttributeConverter<String, String> {

  private final FieldCipher cipher;

  IdNumberConverter(FieldCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String convertToDatabaseColumn(String idNumber) {
    return cipher.encrypt(idNumber);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return cipher.decrypt(stored);
  }
}
