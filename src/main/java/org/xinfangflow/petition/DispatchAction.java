package org.xinfangflow.petition;

/** 处理方式 — what the petition department does with a classified matter. */
public enum DispatchAction {
  /** 转送. */ FORWARD,
  /** 交办. */ ASSIGN,
  /** 导入法定途径 (含政法部门). */ ROUTE_LEGAL_CHANNEL,
  /** 转纪检监察机关. */ ROUTE_DISCIPLINE,
  /** 告知向有关机关提出. */ GUIDE_ELSEWHERE,
  /** 不予受理. */ NOT_ACCEPTED
}
