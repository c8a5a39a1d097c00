-- The yearly report's queries (reporting/FactQueries.java, as GET /api/reports/yearly runs them), under
-- EXPLAIN ANALYZE: matters per handling and registering unit; per category, channel and month (for a
-- jurisdiction that holds every matter: no unit filter); sponsored cases per matter, and one lookup of their
-- matters by number (the first 5,000; the report looks them all up, 5,000 a query). Keep in step with FactQueries.
-- psql -v from=2025-01-01 -v to=2025-12-31 -v asof=2026-11-30 -f report-queries.sql
\set counters 'count(*) as registered, count(*) filter (where notice_owed and acceptance_due is not null and acceptance_decision in (''ACCEPT'', ''NOT_ACCEPT'') and notified_on is not null and notified_on <= acceptance_due) as notice_on_time, count(*) filter (where notice_owed and acceptance_due is not null and (acceptance_decision in (''ACCEPT'', ''NOT_ACCEPT'') and notified_on is not null or acceptance_decision = ''PENDING'' and acceptance_due < date :''asof'')) as notice_required, count(*) filter (where handling_due is not null and concluded_on <= handling_due) as concluded_on_time, count(*) filter (where handling_due is not null and (concluded_on is not null or handling_due < date :''asof'')) as concluded_or_late, count(*) filter (where evaluation in (''SATISFIED'', ''BASICALLY_SATISFIED'')) as satisfied, count(evaluation) as evaluated, count(*) filter (where evaluation is null and evaluation_expired) as evaluation_expired, count(repeat_of) as repeats, count(*) filter (where repeat_of is null and concluded_on is not null and repeat_count = 0 and review_requested_on is null and evaluation in (''SATISFIED'', ''BASICALLY_SATISFIED'')) as first_resolved, count(*) filter (where repeat_of is null and concluded_on is not null) as first_concluded, count(*) filter (where classification in (''CLAIM_LEGAL_CHANNEL'', ''LITIGATION'') and route = ''ROUTED'') as routed, count(*) filter (where classification in (''CLAIM_LEGAL_CHANNEL'', ''LITIGATION'')) as with_legal_channel'
\echo == matters per handling unit and registering unit
explain (analyze, buffers) select handling_unit, registering_unit, :counters
from report_matter_fact where received_on between date :'from' and date :'to'
group by handling_unit, registering_unit;
\echo == matters per category, channel and month
explain (analyze, buffers) select category, channel,
  cast(date_trunc('month', cast(received_on as timestamp)) as date) as received_month, :counters
from report_matter_fact where received_on between date :'from' and date :'to'
group by category, channel, cast(date_trunc('month', cast(received_on as timestamp)) as date);
\echo == sponsored cases per matter
explain (analyze, buffers) select matter_number,
  cast(date_trunc('month', cast(assigned_on as timestamp)) as date) as assigned_month, count(*) as sponsorships,
  count(outcome) as resolved
from report_sponsorship_fact where assigned_on between date :'from' and date :'to'
group by matter_number, cast(date_trunc('month', cast(assigned_on as timestamp)) as date);
\echo == their matters, looked up by number (5,000)
explain (analyze, buffers) select number, handling_unit, registering_unit, category, channel
from report_matter_fact where number = any (array(
  select matter_number from report_sponsorship_fact where assigned_on between date :'from' and date :'to'
  order by matter_number limit 5000));
