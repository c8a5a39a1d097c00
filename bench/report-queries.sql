-- The yearly report's queries (reporting/FactQueries.java, as GET /api/reports/yearly runs them for a whole
-- year), under EXPLAIN ANALYZE: the running totals per handling and registering unit; per category, channel and
-- month (for a jurisdiction that holds every matter: no unit filter); the matters waiting past a limit (the
-- same again per category, channel and month is not repeated); sponsored cases per matter, and one lookup of their
-- matters by number (the first 5,000; the report looks them all up, 5,000 a query). Keep in step with FactQueries.
-- psql -v from=2025-01-01 -v to=2025-12-31 -v asof=2026-11-30 -f report-queries.sql
\set sums 'sum(registered) as registered, sum(timely_acceptance_num) as timely_acceptance_num, sum(timely_acceptance_den) as timely_acceptance_den, sum(on_time_completion_num) as on_time_completion_num, sum(on_time_completion_den) as on_time_completion_den, sum(satisfaction_num) as satisfaction_num, sum(satisfaction_den) as satisfaction_den, sum(participation_num) as participation_num, sum(participation_den) as participation_den, sum(repeat_rate_num) as repeat_rate_num, sum(repeat_rate_den) as repeat_rate_den, sum(first_time_resolution_num) as first_time_resolution_num, sum(first_time_resolution_den) as first_time_resolution_den, sum(routing_rate_num) as routing_rate_num, sum(routing_rate_den) as routing_rate_den'
\set waiting 'count(*) filter (where notice_owed and acceptance_due is not null and acceptance_decision = ''PENDING'' and acceptance_due < date :''asof'') as timely_acceptance_den, count(*) filter (where handling_due is not null and concluded_on is null and handling_due < date :''asof'') as on_time_completion_den'
\echo == running totals per handling unit and registering unit (the whole months of the period)
explain (analyze, buffers) select nullif(handling_unit, '') as handling_unit,
  nullif(registering_unit, '') as registering_unit, :sums
from report_matter_total where received_month between date :'from' and date :'to'
group by handling_unit, registering_unit;
\echo == running totals per category, channel and month
explain (analyze, buffers) select nullif(category, '') as category, nullif(channel, '') as channel, received_month,
  :sums
from report_matter_total where received_month between date :'from' and date :'to'
group by category, channel, received_month;
\echo == matters waiting past the last day of a limit as of the day the report is made, per units
explain (analyze, buffers) select handling_unit, registering_unit, :waiting
from report_matter_fact where received_on between date :'from' and date :'to'
  and (acceptance_decision = 'PENDING' and acceptance_due < date :'asof'
       or concluded_on is null and handling_due < date :'asof')
group by handling_unit, registering_unit;
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
