package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/** 信访人 — a petitioner, or a representative of a visit by many people (Art. 20). */
@Embeddable
public class Petitioner {

  @Column(nullable = false)
  private String name;

  @Column(name = "id_number")
  @Convert(converter = IdNumberConverter.class)
  private String idNumber;

  /** Keyed hash of the ID number: exact-match search without decrypting. */
  @Column(name = "id_number_hash")
  private String idNumberHash;

  /** Id of the key that computed {@link #idNumberHash}; null on rows older than key rotation (the legacy key). */
  @Column(name = "id_number_hash_key")
  private String idNumberHashKey;

  private String phone;

  private String address;

  protected Petitioner() {
  }

  Petitioner(String name, String idNumber, String idNumberHash, String idNumberHashKey, String phone,
      String address) {
    this.name = name;
    this.idNumber = idNumber;
    this.idNumberHash = idNumberHash;
    this.idNumberHashKey = idNumberHash == null ? null : idNumberHashKey;
    this.phone = phone;
    this.address = address;
  }

  public String getName() {
    return name;
  }

  public String getIdNumber() {
    return idNumber;
  }

  public String getPhone() {
    return phone;
  }

  public String getAddress() {
    return address;
  }
}
