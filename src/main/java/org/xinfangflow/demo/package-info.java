/**
 * 演示数据 — with the {@code demo} profile: the demo users of API.md (password {@code demo}), a few
 * units, and sample matters at different steps, created through the public HTTP API after start-up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identity", "shared"})
package org.xinfangflow.demo;
