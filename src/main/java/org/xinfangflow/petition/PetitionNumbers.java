package org.xinfangflow.petition;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 编号 — gap-free numbers PREFIX-YYYY-NNNNNN. The counter row of the year is locked for update in
 * the registering transaction, so a rolled-back registration gives its number back and two
 * concurrent registrations never share one.
 */
@Component
class PetitionNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separateTransaction;
  private final PetitionProperties properties;

  PetitionNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, PetitionProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.separateTransaction = new TransactionTemplate(transactions);
    this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Must run inside the registering transaction. */
  String next(int year) {
    ensureCounter(year);
    Long last = jdbc.queryForObject(
        "select last_value from petition_number_counter where series = ? and counter_year = ? for update",
        Long.class, properties.numberPrefix(), year);
    long next = last + 1;
    jdbc.update("update petition_number_counter set last_value = ? where series = ? and counter_year = ?",
        next, properties.numberPrefix(), year);
    return "%s-%d-%06d".formatted(properties.numberPrefix(), year, next);
  }

  private void ensureCounter(int year) {
    Integer exists = jdbc.queryForObject(
        "select count(*) from petition_number_counter where series = ? and counter_year = ?",
        Integer.class, properties.numberPrefix(), year);
    if (exists != null && exists > 0) {
      return;
    }
    try {
      separateTransaction.executeWithoutResult(status -> jdbc.update(
          "insert into petition_number_counter (series, counter_year, last_value) values (?, ?, 0)",
          properties.numberPrefix(), year));
    } catch (DuplicateKeyException raced) {
      // another registration created this year's counter first: fine
    }
  }
}
