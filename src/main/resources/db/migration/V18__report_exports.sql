-- Export jobs of the yearly report (reporting module, docs/reporting.md "Exports"): one row per
-- asynchronous export, its parameters, where it is (QUEUED, RUNNING, DONE, FAILED) and how far, and
-- the file it wrote under xinfang.reports.exports-dir. A node claims a QUEUED job by a conditional
-- update and writes its progress under its claim, so two nodes never run the same job. Rows and files
-- are removed xinfang.reports.export-retention (7 days) after the job ended.
create table report_export (
  id             varchar(36)   not null primary key,
  owner          varchar(64)   not null,
  format         varchar(8)    not null,
  part           varchar(16),
  period_year    integer,
  period_from    date          not null,
  period_to      date          not null,
  jurisdiction   varchar(40)   not null,
  status         varchar(16)   not null,
  rows_done      bigint        not null default 0,
  rows_total     bigint        not null default 0,
  node           varchar(128),
  claim          varchar(36),
  created_at     timestamp with time zone not null,
  started_at     timestamp with time zone,
  heartbeat_at   timestamp with time zone,
  finished_at    timestamp with time zone,
  error          varchar(1000),
  stored_file    varchar(64),
  file_name      varchar(200),
  size_bytes     bigint
);
create index report_export_owner_idx on report_export (owner, created_at);
create index report_export_status_idx on report_export (status, created_at);

-- the exports and the reports read the matters of a period a page at a time, by day of receipt and number
create index report_matter_fact_received_number_idx on report_matter_fact (received_on, number);
