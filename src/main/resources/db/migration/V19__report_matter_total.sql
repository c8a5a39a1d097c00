-- Running totals of the reporting projection (reporting module, docs/reporting.md "How the report counts"):
-- per month of receipt, handling unit, registering unit, category and channel, how many matters were
-- registered and, for each figure a matter counts in, its numerator and denominator. Only what does not
-- depend on the day the report is made is kept here (a limit missed by a matter still waiting is counted from
-- report_matter_fact when the report is made). ProjectionWriter keeps these sums in the same transaction as
-- the fact rows, taking off what an instance's old rows counted and adding what its new rows count, so the
-- yearly report reads thousands of sums instead of a million rows. A key column without a value holds ''.
create table report_matter_total (
  received_month              date          not null,
  handling_unit               varchar(40)   not null,
  registering_unit            varchar(40)   not null,
  category                    varchar(255)  not null,
  channel                     varchar(16)   not null,
  registered                  bigint        not null,
  timely_acceptance_num       bigint        not null,
  timely_acceptance_den       bigint        not null,
  on_time_completion_num      bigint        not null,
  on_time_completion_den      bigint        not null,
  satisfaction_num            bigint        not null,
  satisfaction_den            bigint        not null,
  participation_num           bigint        not null,
  participation_den           bigint        not null,
  repeat_rate_num             bigint        not null,
  repeat_rate_den             bigint        not null,
  first_time_resolution_num   bigint        not null,
  first_time_resolution_den   bigint        not null,
  routing_rate_num            bigint        not null,
  routing_rate_den            bigint        not null,
  primary key (received_month, handling_unit, registering_unit, category, channel)
);

-- The matters still waiting on a limit, found without reading the rest: undecided on acceptance, and not
-- concluded, each by the last day of its limit.
create index report_matter_fact_pending_idx on report_matter_fact (acceptance_decision, acceptance_due);
create index report_matter_fact_unconcluded_idx on report_matter_fact (concluded_on, handling_due);

-- The sums of the facts already written (the same conditions as Counting, with no limit missed yet).
insert into report_matter_total
select cast(date_trunc('month', cast(received_on as timestamp)) as date),
  coalesce(handling_unit, ''), coalesce(registering_unit, ''), coalesce(category, ''), coalesce(channel, ''),
  count(*),
  count(case when notice_owed and acceptance_due is not null and acceptance_decision in ('ACCEPT', 'NOT_ACCEPT')
    and notified_on is not null and notified_on <= acceptance_due then 1 end),
  count(case when notice_owed and acceptance_due is not null and acceptance_decision in ('ACCEPT', 'NOT_ACCEPT')
    and notified_on is not null then 1 end),
  count(case when handling_due is not null and concluded_on <= handling_due then 1 end),
  count(case when handling_due is not null and concluded_on is not null then 1 end),
  count(case when evaluation in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 end),
  count(evaluation),
  count(evaluation),
  count(case when evaluation is not null or evaluation_expired then 1 end),
  count(repeat_of),
  count(*),
  count(case when repeat_of is null and concluded_on is not null and repeat_count = 0 and review_requested_on is null
    and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 end),
  count(case when repeat_of is null and concluded_on is not null then 1 end),
  count(case when classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION') and route = 'ROUTED' then 1 end),
  count(case when classification in ('CLAIM_LEGAL_CHANNEL', 'LITIGATION') then 1 end)
from report_matter_fact
group by cast(date_trunc('month', cast(received_on as timestamp)) as date),
  coalesce(handling_unit, ''), coalesce(registering_unit, ''), coalesce(category, ''), coalesce(channel, '');
