package org.xinfangflow.review;

import java.time.OffsetDateTime;

/** 复查/复核申请 — when the petitioner's request was received (now when left out). */
record RequestFiled(OffsetDateTime requestedAt) {
}
