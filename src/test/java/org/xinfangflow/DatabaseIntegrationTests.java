package org.xinfangflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinfangflow.support.IntegrationTest;

/** The suite really runs on the database it claims: H2 by default, PostgreSQL in the second execution. */
@IntegrationTest
class DatabaseIntegrationTests {

  private final DataSource dataSource;
  private final ProcessEngine engine;

  @Autowired
  DatabaseIntegrationTests(DataSource dataSource, ProcessEngine engine) {
    this.dataSource = dataSource;
    this.engine = engine;
  }

  @Test
  void applicationAndEngineShareTheExpectedDatabase() throws Exception {
    String expected = "postgres".equals(System.getProperty("xinfang.test.db")) ? "PostgreSQL" : "H2";
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
    }
    String engineDatabase = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType();
    assertThat(engineDatabase).isEqualTo(expected.equals("H2") ? "h2" : "postgres");
  }
}
