package org.xinfangflow.petition;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinfangflow.shared.FieldCipher;

/**
 * 密钥轮换后的重新加密 — moves every stored ID number, and its exact-match hash, to the cipher's current
 * key: in batches, one transaction per batch (so an interrupted run keeps what it did), in
 * (petition, position) order. Idempotent and resumable: only rows whose ciphertext or hash is not on the
 * current key are selected. Each row is updated only if it still holds the value read, so it may run
 * while the application is serving; a row changed meanwhile is left for the next run.
 */
@Service
class IdNumberReencryption {

  private static final String NOT_CURRENT = """
      r.id_number is not null
      and (r.id_number_hash_key is null or r.id_number_hash_key <> ? or left(r.id_number, ?) <> ?)""";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;
  private final FieldCipher cipher;
  private final ApplicationEventPublisher events;
  private final int batchSize;

  IdNumberReencryption(JdbcTemplate jdbc, PlatformTransactionManager transactions, FieldCipher cipher,
      ApplicationEventPublisher events, @Value("${xinfang.crypto.reencrypt-batch-size:500}") int batchSize) {
    if (batchSize < 1) {
      throw new IllegalStateException("xinfang.crypto.reencrypt-batch-size must be at least 1, is " + batchSize);
    }
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
    this.cipher = cipher;
    this.events = events;
    this.batchSize = batchSize;
  }

  /** Runs batches until no row after the last one needs re-encrypting. */
  ReencryptionResult run() {
    RowPosition after = RowPosition.START;
    long changed = 0;
    long changedConcurrently = 0;
    while (true) {
      RowPosition from = after;
      BatchResult batch = transactions.execute(status -> batch(from));
      if (batch == null || batch.read() == 0) {
        break;
      }
      changed += batch.changed();
      changedConcurrently += batch.read() - batch.changed();
      after = batch.last();
    }
    return new ReencryptionResult(cipher.currentKeyId(), changed, changedConcurrently, remaining(), total());
  }

  /** One batch, in the caller's transaction: the next rows after {@code after} not on the current key. */
  BatchResult batch(RowPosition after) {
    String prefix = cipher.currentPrefix();
    List<StoredRow> rows = jdbc.query("""
        select r.petition_id, r.position, r.id_number, p.number from petitioner r join petition p on p.id = r.petition_id
        where %s and (r.petition_id > ? or (r.petition_id = ? and r.position > ?))
        order by r.petition_id, r.position
        fetch first %d rows only""".formatted(NOT_CURRENT, batchSize),
        (rs, i) -> new StoredRow(new RowPosition(rs.getLong(1), rs.getInt(2)), rs.getString(3), rs.getString(4)),
        cipher.currentKeyId(), prefix.length(), prefix, after.petitionId(), after.petitionId(), after.position());
    int changed = 0;
    for (StoredRow row : rows) {
      changed += reencrypt(row);
    }
    if (changed > 0) {
      events.publishEvent(new IdNumbersReencrypted(cipher.currentKeyId(), changed));
    }
    return new BatchResult(rows.size(), changed, rows.isEmpty() ? after : rows.get(rows.size() - 1).position());
  }

  private int reencrypt(StoredRow row) {
    String plain;
    try {
      plain = cipher.decrypt(row.idNumber());
    } catch (IllegalStateException e) {
      throw new IllegalStateException("信访事项 " + row.matter() + "（信访人 " + (row.position().position() + 1)
          + "）: " + e.getMessage(), e);
    }
    return jdbc.update("""
        update petitioner set id_number = ?, id_number_hash = ?, id_number_hash_key = ?
        where petition_id = ? and position = ? and id_number = ?""",
        cipher.encrypt(plain), cipher.hash(plain), cipher.currentKeyId(),
        row.position().petitionId(), row.position().position(), row.idNumber());
  }

  private long remaining() {
    String prefix = cipher.currentPrefix();
    Long count = jdbc.queryForObject("select count(*) from petitioner r where " + NOT_CURRENT, Long.class,
        cipher.currentKeyId(), prefix.length(), prefix);
    return count == null ? 0 : count;
  }

  private long total() {
    Long count = jdbc.queryForObject("select count(*) from petitioner where id_number is not null", Long.class);
    return count == null ? 0 : count;
  }

  /** Where a batch continues: rows are taken in (petition_id, position) order. */
  record RowPosition(long petitionId, int position) {
    static final RowPosition START = new RowPosition(Long.MIN_VALUE, Integer.MIN_VALUE);
  }

  record BatchResult(int read, int changed, RowPosition last) {
  }

  private record StoredRow(RowPosition position, String idNumber, String matter) {
  }
}
