package org.xinfangflow.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 单位 — the petition bureau, a responsible unit or a sub-unit, in a hierarchy. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(name = "region_code")
  private String regionCode;

  protected OrgUnit() {
  }

  public OrgUnit(String code, String name, String parentCode, String regionCode) {
    this.code = code;
    this.name = name;
    this.parentCode = parentCode;
    this.regionCode = regionCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getParentCode() {
    return parentCode;
  }

  public String getRegionCode() {
    return regionCode;
  }
}
