package org.xinfangflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 信访事项全流程闭环管理 — the petition case-handling engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class XinfangFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(XinfangFlowApplication.class, args);
  }
}
