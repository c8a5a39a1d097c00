package org.xinfangflow.compliance;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily compliance sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ComplianceConfiguration {
}
