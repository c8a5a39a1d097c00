package org.xinfangflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.xinfangflow.identity.CurrentUser;
import org.xinfangflow.identity.DirectoryChanged;
import org.xinfangflow.identity.UserDirectory;
import org.xinfangflow.petition.IdNumbersReencrypted;
import org.xinfangflow.petition.PersonalDataViewed;
import org.xinfangflow.petition.TimelineRecorded;
import org.xinfangflow.supervision.BulletinAudited;

/**
 * 审计 — appends to the chain in the caller's transaction (so an entry exists exactly when the change
 * does), verifies the chain, and answers auditors' queries. Appends are serialised by locking the
 * chain's head row: ids are gap-free and in chain order.
 */
@Service
public class AuditTrail {

  private static final int VERIFY_PAGE = 1000;

  private final AuditEntryRepository entries;
  private final JdbcTemplate jdbc;
  private final UserDirectory directory;
  private final Clock clock;

  AuditTrail(AuditEntryRepository entries, JdbcTemplate jdbc, UserDirectory directory, Clock clock) {
    this.entries = entries;
    this.jdbc = jdbc;
    this.directory = directory;
    this.clock = clock;
  }

  /** Every timeline entry of a matter is a command or a move of its lifecycle: audit it. */
  @EventListener
  void on(TimelineRecorded recorded) {
    String detail = "system".equals(recorded.actor()) ? "[系统] " + recorded.detail() : recorded.detail();
    append(recorded.at(), recorded.number(), recorded.kind(), detail);
  }

  /** A whole (unmasked) view of a matter's personal data is recorded. */
  @EventListener
  void on(PersonalDataViewed viewed) {
    append(clock.instant(), viewed.number(), "查看个人信息", "查看未脱敏的信访人身份证号码和电话");
  }

  /** A batch of stored ID numbers was re-encrypted with the current key (after a key rotation). */
  @EventListener
  void on(IdNumbersReencrypted reencrypted) {
    append(clock.instant(), null, "重新加密个人信息",
        reencrypted.rows() + " 条信访人身份证号码改用密钥 " + reencrypted.keyId() + " 加密并重新计算检索摘要");
  }

  /** An administrator changed a user or a unit. */
  @EventListener
  void on(DirectoryChanged changed) {
    append(clock.instant(), null, changed.action(), changed.detail());
  }

  /** A monthly bulletin was generated, or one of its problems rectified, verified or sent back. */
  @EventListener
  void on(BulletinAudited audited) {
    append(clock.instant(), audited.matterNumber(), audited.action(), audited.detail());
  }

  /** Records a command that concerns no single matter (or a read of personal data), in the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(String action, String matterNumber, String detail) {
    append(clock.instant(), matterNumber, action, detail);
  }

  private void append(Instant at, String matter, String action, String detail) {
    Map<String, Object> head = jdbc.queryForMap(
        "select last_id, last_hash from audit_chain_head where id = 1 for update");
    long id = ((Number) head.get("last_id")).longValue() + 1;
    Optional<CurrentUser> user = directory.currentIfAny();
    AuditEntry entry = new AuditEntry(id, at,
        user.map(CurrentUser::username).orElse("system"),
        user.map(u -> u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))).orElse("-"),
        user.map(CurrentUser::unitCode).orElse(null), remoteAddress(), matter, action, detail,
        (String) head.get("last_hash"));
    entries.save(entry);
    jdbc.update("update audit_chain_head set last_id = ?, last_hash = ? where id = 1", id, entry.getHash());
  }

  /** Walks the whole chain in id order; names the first entry that was edited, or whose predecessor is gone. */
  @Transactional(readOnly = true)
  public ChainVerification verify() {
    long checked = 0;
    long expectedId = 1;
    String previousHash = AuditHash.GENESIS;
    while (true) {
      var page = entries.findByIdGreaterThanOrderByIdAsc(expectedId - 1, PageRequest.of(0, VERIFY_PAGE));
      if (page.isEmpty()) {
        break;
      }
      for (AuditEntry entry : page) {
        if (entry.getId() != expectedId) {
          return ChainVerification.broken(checked, expectedId, "记录 " + expectedId + " 缺失（被删除）");
        }
        if (!entry.getPrevHash().equals(previousHash)) {
          return ChainVerification.broken(checked, entry.getId(), "记录 " + entry.getId() + " 与前一条记录的链接不符");
        }
        if (!entry.getHash().equals(AuditHash.of(entry))) {
          return ChainVerification.broken(checked, entry.getId(), "记录 " + entry.getId() + " 的内容被修改");
        }
        previousHash = entry.getHash();
        expectedId++;
        checked++;
      }
    }
    Map<String, Object> head = jdbc.queryForMap("select last_id, last_hash from audit_chain_head where id = 1");
    long lastId = ((Number) head.get("last_id")).longValue();
    if (lastId != expectedId - 1 || !previousHash.equals(head.get("last_hash"))) {
      return ChainVerification.broken(checked, expectedId, "链尾记录 " + lastId + " 缺失或被修改");
    }
    return ChainVerification.ok(checked);
  }

  @Transactional(readOnly = true)
  public Page<AuditView> search(String matter, String username, Instant from, Instant to, Pageable page) {
    return entries.findAll(AuditQuery.of(matter, username, from, to), page).map(AuditEntry::view);
  }

  private static String remoteAddress() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
