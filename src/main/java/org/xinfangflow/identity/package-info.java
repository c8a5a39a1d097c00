/**
 * 用户与单位 — users, roles and the unit hierarchy; who the caller is. Issue 3 adds data scope,
 * masking and the admin UI on top of this.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.xinfangflow.identity;
