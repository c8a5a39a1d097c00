/**
 * 期间计算 — statutory periods: calendar and working days, the State Council holiday schedule with
 * make-up workdays (调休), the Civil Code rules for the start day and a last day on a rest day,
 * extensions and pauses, each result with its explanation. Pure Java: no Spring, no Camunda.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.xinfangflow.calendar;
