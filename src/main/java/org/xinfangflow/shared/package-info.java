/**
 * Shared kernel: the application clock and the RFC 7807 problem types every module throws.
 * Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.xinfangflow.shared;
