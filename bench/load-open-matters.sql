-- Loads :matters open matters into the application's own schema (migrated by the application at start),
-- spread over 20 county bureaus under BUREAU with 10 responsible units each. Every matter has its disposal
-- clock met and one running clock: acceptance notice (20 %), handling (60 %), review opinion (10 %),
-- objection window (5 %) or evaluation window (5 %), whose last day falls between 20 days ago and 100 days
-- ahead of :'now' (so about a sixth are overdue); a quarter carry a local target 10 days earlier. Days,
-- steps and targets are drawn by hash, independent of the unit (i mod 20, i / 20 mod 10).
-- psql -v matters=1000000 -v now="'2026-11-30T12:00:00+08:00'" -f load-open-matters.sql
\set ON_ERROR_STOP on
set synchronous_commit = off;

insert into org_unit (code, name, parent_code, region_code)
select 'B-BENCH-' || lpad(c::text, 2, '0'), '基准测试县信访局' || c, 'BUREAU', '1101' || lpad(c::text, 2, '0')
from generate_series(1, 20) c on conflict do nothing;
insert into org_unit (code, name, parent_code, region_code)
select 'U-BENCH-' || lpad(c::text, 2, '0') || '-' || lpad(u::text, 2, '0'), '基准测试单位' || c || '-' || u,
       'B-BENCH-' || lpad(c::text, 2, '0'), '1101' || lpad(c::text, 2, '0')
from generate_series(1, 20) c, generate_series(1, 10) u on conflict do nothing;
-- a county supervisor, with the demo supervisor's password hash (password "demo")
insert into app_user (username, display_name, password_hash, unit_code, enabled)
select 'sup-bench-01', '基准县督查员', password_hash, 'B-BENCH-01', true from app_user where username = 'supervisor'
on conflict do nothing;
insert into app_user_role (username, role) values ('sup-bench-01', 'SUPERVISOR') on conflict do nothing;

create temporary table bench_matter as
select i,
       'B-BENCH-' || lpad((1 + i % 20)::text, 2, '0') as bureau,
       'U-BENCH-' || lpad((1 + i % 20)::text, 2, '0') || '-' || lpad((1 + (i / 20) % 10)::text, 2, '0') as unit,
       (:'now'::timestamptz - interval '20 days') + (abs(hashtext('end' || i)) % 120) * interval '1 day' as ends_at,
       case when abs(hashtext('step' || i)) % 20 < 4 then 'ACCEPTANCE_NOTICE'
            when abs(hashtext('step' || i)) % 20 < 16 then 'HANDLING'
            when abs(hashtext('step' || i)) % 20 < 18 then 'REVIEW_OPINION'
            when abs(hashtext('step' || i)) % 20 < 19 then 'OBJECTION' else 'EVALUATION_WINDOW' end as step,
       abs(hashtext('target' || i)) % 4 = 0 as with_target
from generate_series(1, :matters) i;

insert into petition (id, number, channel, received_at, registered_at, registered_by, headcount, collective, title,
  content, category, region_code, content_fingerprint, classification, dispatch_action, unit_code, status,
  current_step, open_steps, version, registered_unit, fast_track)
select 100000000 + i, 'XB-2026-' || lpad(i::text, 7, '0'), 'LETTER', ends_at - interval '75 days',
       ends_at - interval '75 days', 'clerk', 1, false, '基准测试事项' || i, '基准测试内容', '城乡建设', '110101',
       md5(i::text), 'CLAIM', 'ASSIGN', unit,
       case step when 'ACCEPTANCE_NOTICE' then 'DISPATCHED' when 'OBJECTION' then 'DISPATCHED'
                 when 'REVIEW_OPINION' then 'UNDER_REVIEW' when 'EVALUATION_WINDOW' then 'REPLIED' else 'ACCEPTED' end,
       case step when 'ACCEPTANCE_NOTICE' then 'ACCEPTANCE' when 'OBJECTION' then 'ACCEPTANCE'
                 when 'REVIEW_OPINION' then 'REVIEW_OPINION' when 'EVALUATION_WINDOW' then 'EVALUATION'
                 else 'REPLY_DRAFT' end,
       null, 0, bureau, false
from bench_matter;

-- the disposal clock, met on time
insert into petition_deadline (petition_id, step, start_date, due, rule, article, explanation, extension_days,
  paused_days, warn_at, ends_at, warned, overdue, expired, met_at, responsible_unit, is_open, first_ends_at,
  alert_level, next_alert_at, handling_unit, registering_unit)
select 100000000 + i, 'DISPOSE', (ends_at - interval '75 days')::date, (ends_at - interval '60 days')::date,
       '《信访工作条例》第二十二条 15日', '《信访工作条例》第二十二条', '基准测试', 0, 0, ends_at - interval '63 days',
       ends_at - interval '60 days', false, false, false, ends_at - interval '70 days', bureau, false,
       ends_at - interval '60 days', 0, null, unit, bureau
from bench_matter;

-- the running clock
insert into petition_deadline (petition_id, step, start_date, due, rule, article, explanation, extension_days,
  paused_days, warn_at, ends_at, warned, overdue, expired, met_at, responsible_unit, is_open, first_ends_at,
  target_due, target_ends_at, target_warn_at, target_rule, target_explanation, alert_level, next_alert_at,
  handling_unit, registering_unit)
select 100000000 + i, step, (ends_at - interval '31 days')::date, (ends_at - interval '1 day')::date,
       '基准测试规则', '《信访工作条例》', '基准测试', 0, 0, ends_at - interval '3 days', ends_at,
       false, false, false, null,
       case when step in ('REVIEW_OPINION', 'EVALUATION_WINDOW') then bureau else unit end, true,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then ends_at - interval '10 days' else ends_at end,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then (ends_at - interval '11 days')::date end,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then ends_at - interval '10 days' end,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then ends_at - interval '13 days' end,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then '本地目标' end,
       case when with_target and step in ('ACCEPTANCE_NOTICE', 'HANDLING') then '基准测试' end,
       3, null, unit, bureau
from bench_matter;

select setval(pg_get_serial_sequence('petition', 'id'), (select max(id) from petition));
analyze;
select count(*) as open_matters from petition where number like 'XB-%';
select count(*) as running_clocks_past_their_first_end from petition_deadline
where is_open and first_ends_at <= :'now'::timestamptz;
