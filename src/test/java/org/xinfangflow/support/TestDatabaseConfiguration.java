package org.xinfangflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * With {@code xinfang.test.db=postgres}: a real PostgreSQL started for the test JVM, behind a connection
 * pool as in production (the embedded server's own data source opens a new connection, with an SSL
 * attempt, for every transaction: several times slower).
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "xinfang.test.db", havingValue = "postgres")
class TestDatabaseConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
    }
  }

  @Bean(destroyMethod = "close")
  @Primary
  HikariDataSource dataSource(EmbeddedPostgres postgres) {
    HikariDataSource pool = new HikariDataSource();
    pool.setDataSource(postgres.getPostgresDatabase(Map.of("sslmode", "disable")));
    pool.setMaximumPoolSize(10);
    return pool;
  }
}
