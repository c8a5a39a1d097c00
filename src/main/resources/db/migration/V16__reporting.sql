-- The reporting projection (reporting module): derived data, written from the engine's history
-- events as process instances and their activities end, and rebuilt from the engine's history tables
-- by `java -jar xinfang-flow.jar --rebuild-reporting`. Never edited by hand; figures are read only
-- from here (docs/reporting.md).

-- One row per matter (a repeat petition too: it has no lifecycle of its own and is derived from the
-- instance of the matter it repeats). Dates are Beijing days; a *_due column is the last day of a limit.
create table report_matter_fact (
  number                varchar(32)  not null primary key,
  process_instance_id   varchar(64)  not null,
  repeat_of             varchar(32),
  received_on           date         not null,
  channel               varchar(16),
  category              varchar(255),
  registering_unit      varchar(40),
  handling_unit         varchar(40),
  classification        varchar(32),
  route                 varchar(16),
  notice_owed           boolean      not null,
  acceptance_decision   varchar(16),
  acceptance_due        date,
  notified_on           date,
  handling_due          date,
  extension_days        integer      not null,
  concluded_on          date,
  evaluation            varchar(32),
  evaluation_expired    boolean      not null,
  review_requested_on   date,
  re_review_requested_on date,
  repeat_count          integer      not null,
  outcome               varchar(16),
  ended_at              timestamp with time zone
);
create index report_matter_fact_received_idx on report_matter_fact (received_on);
create index report_matter_fact_instance_idx on report_matter_fact (process_instance_id);

-- One row per ended user task of the lifecycle: when it opened and ended, its limit, on time or not.
create table report_step_fact (
  activity_instance_id  varchar(64)  not null primary key,
  process_instance_id   varchar(64)  not null,
  number                varchar(32)  not null,
  step                  varchar(32)  not null,
  activity_id           varchar(64)  not null,
  started_at            timestamp with time zone not null,
  ended_at              timestamp with time zone not null,
  due_at                timestamp with time zone,
  completed             boolean      not null,
  on_time               boolean
);
create index report_step_fact_instance_idx on report_step_fact (process_instance_id);
create index report_step_fact_number_idx on report_step_fact (number);

-- One row per sponsored case (领导包案), from its own small process instance (sponsored-case.bpmn).
create table report_sponsorship_fact (
  process_instance_id   varchar(64)  not null primary key,
  sponsorship_id        bigint       not null,
  matter_number         varchar(32)  not null,
  sponsor               varchar(64)  not null,
  assigned_on           date         not null,
  outcome               varchar(32),
  outcome_on            date
);
create index report_sponsorship_fact_assigned_idx on report_sponsorship_fact (assigned_on);
