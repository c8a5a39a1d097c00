package org.xinfangflow.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** 信访人 — a petitioner, or a representative of a visit by many people (Art. 20). */
@Embeddable
public class Petitioner {

  @Column(nullable = false)
  private String name;

  @Column(name = "id_number")
  private String idNumber;

  private String phone;

  private String address;

  protected Petitioner() {
  }

  public Petitioner(String name, String idNumber, String phone, String address) {
    this.name = name;
    this.idNumber = idNumber;
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

  /** Who this person is for repeat detection: the ID number, else name and phone. */
  String identityKey() {
    return idNumber != null ? idNumber : name + "|" + (phone == null ? "" : phone);
  }
}
