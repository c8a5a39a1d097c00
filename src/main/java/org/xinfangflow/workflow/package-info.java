/**
 * 流程 — the BPMN glue: starts the lifecycle, computes and stores each clock through the calendar
 * module, drives warning/overdue/expiry timers, keeps the matter's status and open steps in step
 * with the engine, and offers the step modules one way to complete a step.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "calendar", "petition", "identity"})
package org.xinfangflow.workflow;
