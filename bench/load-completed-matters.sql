-- Loads :matters completed matters received in :year into BOTH the engine's history tables and the
-- reporting projection, from one table of per-matter attributes, so that the two read paths of
-- bench/reporting.sh (the projection behind /api/reports, the engine's history API) have the same data.
-- Every attribute is drawn by hash of the matter's index (deterministic, independent of each other).
--
-- The history rows copy the shape the engine writes for petition-lifecycle and sponsored-case (captured from
-- matters driven through the API: same variable names, types and execution ids, activity ids and states,
-- task due dates), but only the rows the figures and the fact rows need:
--   ACT_HI_PROCINST   every instance;
--   ACT_HI_VARINST    every process variable the lifecycle writes on that path (limits, warnings, decisions,
--                     days, repeats), about 26 for a matter that went through handling;
--   ACT_HI_ACTINST    the user tasks, the end event that ended the instance and the "evaluation window ran
--                     out" service task; not the gateways, service tasks, start events, timers and
--                     sub-process scope the engine also records (about 32 rows for a handled matter);
--   ACT_HI_TASKINST   one per user task, with its due date;
--   ACT_RU_AUTHORIZATION  the read grant on each lifecycle instance's history to the scope groups of its
--                     registering and handling units (as EngineAccess grants), so that /engine-rest shows a
--                     signed-in auditor what it would show them;
-- and not ACT_HI_DETAIL, ACT_HI_IDENTITYLINK, ACT_HI_JOB_LOG or ACT_HI_OP_LOG, which no figure reads.
-- Limits are counted in calendar days (the application counts some in working days: only the data differs).
--
-- The mix (per mille of matters): 40 CLAIM_LEGAL_CHANNEL routed, 15 LITIGATION routed, 20 LITIGATION and
-- 10 CLAIM_LEGAL_CHANNEL guided elsewhere, 25 ACCUSATION routed, 30 not accepted by the bureau, 70 suggestions
-- and 790 claims dispatched to a unit. Of those dispatched: 5 % not accepted by the unit; the notice late for
-- 6 %; 8 % extended by 10-30 days; the reply late for 10 %; evaluations 55 % satisfied, 20 % basically
-- satisfied, 10 % dissatisfied, 15 % never given (the window ran out); half the dissatisfied ask for 复查
-- (then the 复核 window runs out); 4 % repeated once while in progress; 2 % sponsored (领导包案), 65 %
-- resolved in substance, 20 % closed by procedure, 15 % still open. 4 % owe no written notice (anonymous).
-- Units: a quarter registered by the city bureau (BUREAU) and dispatched to its departments (the demo units
-- U-HOUSING, U-EDU, U-HOUSING-PM), the rest by one of 20 county bureaus B-BENCH-nn and dispatched to one of
-- its 10 units U-BENCH-nn-mm. Channels 35 % letter, 25 % visit, 30 % online, 7 % phone, 3 % mailbox; 10
-- categories; days of receipt spread over the year.
--
-- Load technique (the end state is the same as row-by-row inserts): synchronous_commit off; the secondary
-- indexes of the loaded tables dropped first and built again afterwards (checked); ANALYZE at the end.
--
-- psql -v matters=1000000 -v year=2025 -f load-completed-matters.sql
\set ON_ERROR_STOP on
set synchronous_commit = off;
set maintenance_work_mem = '512MB';
\timing on

insert into org_unit (code, name, parent_code, region_code)
select 'B-BENCH-' || lpad(c::text, 2, '0'), '基准测试县信访局' || c, 'BUREAU', '1101' || lpad(c::text, 2, '0')
from generate_series(1, 20) c on conflict do nothing;
insert into org_unit (code, name, parent_code, region_code)
select 'U-BENCH-' || lpad(c::text, 2, '0') || '-' || lpad(u::text, 2, '0'), '基准测试单位' || c || '-' || u,
       'B-BENCH-' || lpad(c::text, 2, '0'), '1101' || lpad(c::text, 2, '0')
from generate_series(1, 20) c, generate_series(1, 10) u on conflict do nothing;

-- an engine administrator without a unit, for reading the engine's history API (bench/ReportsBench.java): the
-- engine checks authorizations on every query, even an administrator's, by joining the grants held by the user's
-- groups; the demo admin is also in the scope group of every unit, so each history row would be compared with
-- every per-instance grant. With the demo admin's password hash (password "demo").
insert into app_user (username, display_name, password_hash, unit_code, enabled)
select 'engine-reader', '引擎历史读取（基准测试）', password_hash, null, true from app_user where username = 'admin'
on conflict do nothing;
insert into app_user_role (username, role) values ('engine-reader', 'ADMIN') on conflict do nothing;

select id_ as lifecycle_def from act_re_procdef where key_ = 'petition-lifecycle' order by version_ desc limit 1 \gset
select id_ as sponsored_def from act_re_procdef where key_ = 'sponsored-case' order by version_ desc limit 1 \gset

-- (small SQL functions, declared no less volatile than their bodies so that the planner inlines them)
-- per mille, by hash of a tag and the matter's index
create function pg_temp.h(tag text, i int) returns int language sql stable as
  $$ select abs(hashtext(tag || i)) % 1000 $$;
-- a Beijing day and a minute of that day, as an instant
create function pg_temp.bj(d date, minutes int) returns timestamptz language sql stable as
  $$ select (d + make_interval(mins => minutes)) at time zone 'Asia/Shanghai' $$;
-- the end of a limit whose last day is d: the first instant of the next day, Beijing (DeadlineClocks)
create function pg_temp.lim(d date) returns timestamptz language sql stable as
  $$ select (d + 1)::timestamp at time zone 'Asia/Shanghai' $$;
create function pg_temp.ms(t timestamptz) returns bigint language sql stable as
  $$ select (extract(epoch from t) * 1000)::bigint $$;
-- the engine's history columns hold the JVM's local time (UTC on the benchmark machine)
create function pg_temp.utc(t timestamptz) returns timestamp language sql stable as
  $$ select t at time zone 'UTC' $$;
-- an id shaped like the engine's (time-based UUIDs), unique per matter, kind and sequence
create function pg_temp.eid(i int, kind int, seq int) returns varchar language sql stable as
  $$ select lpad(to_hex(i), 8, '0') || '-' || lpad(to_hex(kind * 256 + seq), 4, '0') || '-11f0-8d9d-02fc0000b3c4' $$;

\echo == drawing the matters
create temporary table bench_m as
with a as (
  select i,
         pg_temp.h('route', i) as r,
         pg_temp.h('reg', i) < 250 as city,
         540 + pg_temp.h('min', i) * 480 / 1000 as reg_min,
         pg_temp.h('d1', i) % 6 as d1,
         pg_temp.h('late1', i) < 60 as notice_late,
         pg_temp.h('acc', i) < 50 as not_accepted,
         case when pg_temp.h('ext', i) < 80 then 10 + pg_temp.h('extd', i) % 21 else 0 end as ext,
         pg_temp.h('late2', i) < 100 as reply_late,
         pg_temp.h('ev', i) as ev,
         pg_temp.h('rv', i) < 500 as wants_review,
         pg_temp.h('rep', i) < 40 as repeated,
         pg_temp.h('sp', i) < 20 as sponsored,
         pg_temp.h('spo', i) as spo
  from generate_series(1, :matters) i
), b as (
  select a.*,
         -- a day of the year: the hash spreads 1000 buckets over 365 days, a second hash the rest
         make_date(:year, 1, 1) + ((pg_temp.h('day', i) * 1000 + pg_temp.h('dayb', i)) % 365) as received,
         case when r < 40 then 'CLAIM_LEGAL_CHANNEL' when r < 55 then 'LITIGATION' when r < 75 then 'LITIGATION'
              when r < 85 then 'CLAIM_LEGAL_CHANNEL' when r < 110 then 'ACCUSATION' when r < 140 then 'CLAIM'
              when r < 210 then 'SUGGESTION' else 'CLAIM' end as classification,
         case when r < 55 then 'ROUTED' when r < 85 then 'GUIDED' when r < 110 then 'ROUTED'
              when r < 140 then 'NOT_ACCEPTED' else 'HANDLE' end as route,
         case when city then 'BUREAU' else 'B-BENCH-' || lpad((1 + pg_temp.h('cty', i) % 20)::text, 2, '0') end as reg_unit
  from a
), c as (
  select b.*,
         'XB-' || :year || '-' || lpad(i::text, 7, '0') as number,
         pg_temp.eid(i, 0, 0) as pi,
         case when pg_temp.h('ch', i) < 350 then 'LETTER' when pg_temp.h('ch', i) < 600 then 'VISIT'
              when pg_temp.h('ch', i) < 900 then 'ONLINE' when pg_temp.h('ch', i) < 970 then 'PHONE' else 'MAILBOX' end as channel,
         case when classification = 'LITIGATION' then '涉法涉诉'
              else (array['城乡建设', '劳动保障', '住房保障', '教育', '行政执法', '医疗卫生', '农业农村', '生态环境',
                          '交通运输', '民政'])[1 + pg_temp.h('cat', i) % 10] end as category,
         case when route <> 'HANDLE' then null
              when city then (array['U-HOUSING', 'U-EDU', 'U-HOUSING-PM'])[1 + pg_temp.h('unit', i) % 3]
              else 'U-BENCH-' || substr(reg_unit, 9, 2) || '-' || lpad((1 + pg_temp.h('unit', i) % 10)::text, 2, '0') end as unit,
         pg_temp.h('anon', i) >= 40 as notice_owed,
         route = 'HANDLE' and not not_accepted as accepted,
         classification = 'SUGGESTION' as suggestion,
         received + d1 as disp_day
  from b
), d as (
  select c.*,
         disp_day + case when notice_late then 16 + pg_temp.h('d2', i) % 10 else 1 + pg_temp.h('d2', i) % 14 end as acc_day
  from c
), e as (
  select d.*,
         acc_day + 60 + ext as handling_last,
         acc_day + case when reply_late then 61 + ext + pg_temp.h('d3', i) % 20 else 5 + pg_temp.h('d3', i) % (56 + ext) end as del_day
  from d
), f as (
  select e.*,
         case when not accepted then null
              when ev < 550 then 'SATISFIED' when ev < 750 then 'BASICALLY_SATISFIED'
              when ev < 850 then 'DISSATISFIED' end as evaluation,
         del_day + 1 + pg_temp.h('de', i) % 20 as eval_day,
         del_day + 30 as win_last
  from e
), g as (
  select f.*,
         accepted and not suggestion and evaluation = 'DISSATISFIED' and wants_review as review,
         eval_day + 1 + pg_temp.h('rq', i) % 5 as rreq_day
  from f
)
select g.*,
       rreq_day + 5 + pg_temp.h('ro', i) % 25 as rop_day,
       pg_temp.bj(received, reg_min) as t_reg,
       pg_temp.bj(disp_day, reg_min + 30 + pg_temp.h('dm', i) % 120) as t_disp,
       pg_temp.bj(acc_day, 540 + pg_temp.h('am', i) % 400) as t_acc,
       pg_temp.bj(del_day, 600 + pg_temp.h('delm', i) % 300) as t_del,
       pg_temp.bj(eval_day, 600 + pg_temp.h('evm', i) % 300) as t_eval,
       pg_temp.lim(win_last) + interval '2 seconds' as t_win,
       pg_temp.bj(rreq_day, 630) as t_rreq,
       pg_temp.bj(rreq_day + 5 + pg_temp.h('ro', i) % 25, 650) as t_rop,
       pg_temp.lim(rreq_day + 5 + pg_temp.h('ro', i) % 25 + 30) + interval '2 seconds' as t_rewin,
       accepted and repeated as has_repeat,
       received + 1 + pg_temp.h('rd', i) % 4 as rep_day,
       case when pg_temp.h('rch', i) < 500 then 'VISIT' else 'LETTER' end as rep_channel,
       accepted and sponsored as has_sponsor,
       acc_day + 3 as sp_day,
       case when spo < 650 then 'RESOLVED_IN_SUBSTANCE' when spo < 850 then 'CLOSED_BY_PROCEDURE' end as sp_outcome,
       acc_day + 13 + pg_temp.h('spd', i) % 50 as sp_out_day
from g;

alter table bench_m add column t_end timestamptz, add column end_act varchar(64);
update bench_m set
  end_act = case when route = 'ROUTED' then 'routed' when route = 'GUIDED' then 'guided'
                 when route = 'NOT_ACCEPTED' then 'not_accepted_by_bureau'
                 when not accepted then 'not_accepted_by_unit'
                 when suggestion and evaluation is not null then 'suggestion_closed'
                 when suggestion then 'suggestion_closed_unevaluated'
                 when review then 'closed_after_review' else 'closed_without_review' end,
  t_end = case when route <> 'HANDLE' then t_disp + interval '50 milliseconds'
               when not accepted then t_acc + interval '50 milliseconds'
               when suggestion and evaluation is not null then t_eval + interval '50 milliseconds'
               when review then t_rewin + interval '50 milliseconds'
               else t_win + interval '300 milliseconds' end;
analyze bench_m;

\echo == dropping the secondary indexes of the tables loaded (built again, the same, after the load)
create temporary table bench_index as
select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
from pg_index i join pg_class t on t.oid = i.indrelid
where t.relnamespace = current_schema()::regnamespace and not i.indisprimary and not i.indisunique
  and t.relname in ('act_hi_procinst', 'act_hi_varinst', 'act_hi_actinst', 'act_hi_taskinst', 'act_ru_authorization',
                    'report_matter_fact', 'report_step_fact', 'report_sponsorship_fact');
select 'drop index ' || name from bench_index \gexec

\echo == ACT_HI_PROCINST
insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
  removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select pi, pi, number, 'petition-lifecycle', :'lifecycle_def', pg_temp.utc(t_reg), pg_temp.utc(t_end),
       pg_temp.utc(t_end + interval '3650 days'), pg_temp.ms(t_end) - pg_temp.ms(t_reg), 'registered', end_act, pi,
       'COMPLETED'
from bench_m;

\echo == ACT_HI_VARINST
-- (seq, name, type, text, long, set at, set on this path)
insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
  act_inst_id_, name_, var_type_, create_time_, rev_, long_, text_, state_, removal_time_)
select pg_temp.eid(m.i, 1, v.seq), 'petition-lifecycle', :'lifecycle_def', m.pi, m.pi, m.pi, m.pi, v.name, v.type,
       pg_temp.utc(v.at), 0, v.lng, v.txt, 'CREATED', pg_temp.utc(m.t_end + interval '3650 days')
from bench_m m cross join lateral (values
  (1, 'receivedOn', 'string', m.received::text, null::bigint, m.t_reg, true),
  (2, 'channel', 'string', m.channel, null, m.t_reg, true),
  (3, 'category', 'string', m.category, null, m.t_reg, true),
  (4, 'registeringUnit', 'string', m.reg_unit, null, m.t_reg, true),
  (5, 'noticeOwed', 'boolean', null, case when m.notice_owed then 1 else 0 end, m.t_reg, true),
  (6, 'DISPOSE_due', 'date', null, pg_temp.ms(pg_temp.lim(m.received + 15)), m.t_reg, true),
  (7, 'DISPOSE_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.received + 11)), m.t_reg, true),
  (8, 'classification', 'string', m.classification, null, m.t_disp, true),
  (9, 'route', 'string', m.route, null, m.t_disp, true),
  (10, 'unit', 'string', coalesce(m.unit, ''), null, m.t_disp, true),
  (11, 'dispatchedOn', 'string', m.disp_day::text, null, m.t_disp, true),
  (12, 'ACCEPTANCE_NOTICE_due', 'date', null, pg_temp.ms(pg_temp.lim(m.disp_day + 15)), m.t_disp, m.route = 'HANDLE'),
  (13, 'ACCEPTANCE_NOTICE_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.disp_day + 11)), m.t_disp, m.route = 'HANDLE'),
  (14, 'OBJECTION_due', 'date', null, pg_temp.ms(pg_temp.lim(m.disp_day + 7)), m.t_disp, m.route = 'HANDLE'),
  (15, 'OBJECTION_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.disp_day + 3)), m.t_disp, m.route = 'HANDLE'),
  (16, 'acceptanceDecision', 'string', case when m.accepted then 'ACCEPT' else 'NOT_ACCEPT' end, null, m.t_acc,
       m.route = 'HANDLE'),
  (17, 'acceptedOn', 'string', m.acc_day::text, null, m.t_acc, m.route = 'HANDLE'),
  (18, 'objectedOn', 'string', m.acc_day::text, null, m.t_acc, m.route = 'HANDLE'),
  (19, 'HANDLING_due', 'date', null, pg_temp.ms(pg_temp.lim(m.handling_last)), m.t_acc, m.accepted),
  (20, 'HANDLING_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.handling_last - 4)), m.t_acc, m.accepted),
  (21, 'HANDLING_extensionDays', 'integer', null, m.ext::bigint, m.t_acc + interval '1 day', m.accepted and m.ext > 0),
  (22, 'HANDLING_pausedDays', 'integer', null, 0::bigint, m.t_acc + interval '1 day', m.accepted and m.ext > 0),
  (23, 'approved', 'boolean', null, 1::bigint, m.t_del - interval '3 days', m.accepted),
  (24, 'deliveredOn', 'string', m.del_day::text, null, m.t_del, m.accepted),
  (25, 'EVALUATION_WINDOW_due', 'date', null, pg_temp.ms(pg_temp.lim(m.win_last)), m.t_del, m.accepted),
  (26, 'EVALUATION_WINDOW_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.win_last - 4)), m.t_del, m.accepted),
  (27, 'REVIEW_REQUEST_WINDOW_due', 'date', null, pg_temp.ms(pg_temp.lim(m.win_last)), m.t_del,
       m.accepted and not m.suggestion),
  (28, 'REVIEW_REQUEST_WINDOW_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.win_last - 4)), m.t_del,
       m.accepted and not m.suggestion),
  (29, 'evaluation', 'string', m.evaluation, null, m.t_eval, m.evaluation is not null),
  (30, 'reviewRequestedOn', 'string', m.rreq_day::text, null, m.t_rreq, m.review),
  (31, 'REVIEW_OPINION_due', 'date', null, pg_temp.ms(pg_temp.lim(m.rreq_day + 30)), m.t_rreq, m.review),
  (32, 'REVIEW_OPINION_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.rreq_day + 26)), m.t_rreq, m.review),
  (33, 'reviewDeliveredOn', 'string', m.rop_day::text, null, m.t_rop, m.review),
  (34, 'RE_REVIEW_REQUEST_WINDOW_due', 'date', null, pg_temp.ms(pg_temp.lim(m.rop_day + 30)), m.t_rop, m.review),
  (35, 'RE_REVIEW_REQUEST_WINDOW_warn', 'date', null, pg_temp.ms(pg_temp.lim(m.rop_day + 26)), m.t_rop, m.review),
  (36, 'repeat:XR-' || :year || '-' || lpad(m.i::text, 7, '0'), 'string',
       m.rep_day || E'\t' || m.rep_channel || E'\t' || m.reg_unit || E'\t' || m.category, null,
       pg_temp.bj(m.rep_day, 660), m.has_repeat)
) v(seq, name, type, txt, lng, at, present)
where v.present;

\echo == activities and tasks
-- (seq, activity, type, name, started, ended, state: 4 completed, 2 cancelled, 1 scope complete; in the
-- handling sub-process; a user task; the task's due date), on this path
create temporary table bench_act as
select m.i, m.pi, m.number, m.t_end, a.*
from bench_m m cross join lateral (values
  (1, 'dispose', 'userTask', '依法分类处理', m.t_reg + interval '10 milliseconds', m.t_disp, 4, false, true,
      pg_temp.lim(m.received + 15), true),
  (2, 'decide_acceptance', 'userTask', '受理审查', m.t_disp + interval '40 milliseconds', m.t_acc, 4, false, true,
      pg_temp.lim(m.disp_day + 15), m.route = 'HANDLE'),
  (3, 'draft_reply', 'userTask', '拟写处理意见', m.t_acc + interval '40 milliseconds', m.t_del - interval '4 days', 4,
      true, true, pg_temp.lim(m.acc_day + 60), m.accepted),
  (4, 'review_reply', 'userTask', '复审（双审）', m.t_del - interval '4 days', m.t_del - interval '3 days', 4, true,
      true, pg_temp.lim(m.handling_last), m.accepted),
  (5, 'sign_reply', 'userTask', '签发（双签）', m.t_del - interval '3 days', m.t_del - interval '2 days', 4, true,
      true, pg_temp.lim(m.handling_last), m.accepted),
  (6, 'precheck_reply', 'userTask', '答复预审', m.t_del - interval '2 days', m.t_del - interval '1 day', 4, true,
      true, pg_temp.lim(m.handling_last), m.accepted),
  (7, 'deliver_reply', 'userTask', '送达处理意见书', m.t_del - interval '1 day', m.t_del, 4, true, true,
      pg_temp.lim(m.handling_last), m.accepted),
  (8, case when m.suggestion then 'evaluate_suggestion' else 'evaluate' end, 'userTask', '满意度评价',
      m.t_del + interval '30 milliseconds', case when m.evaluation is null then m.t_win else m.t_eval end,
      case when m.evaluation is null then 2 else 4 end, false, true, pg_temp.lim(m.win_last), m.accepted),
  (9, 'request_review', 'userTask', '复查申请期间', m.t_del + interval '60 milliseconds',
      case when m.review then m.t_rreq else m.t_win + interval '150 milliseconds' end,
      case when m.review then 4 else 2 end, false, true, pg_temp.lim(m.win_last), m.accepted and not m.suggestion),
  (10, case when m.suggestion then 'suggestion_evaluation_mark_expired' else 'evaluation_mark_expired' end,
      'serviceTask', '记为未评价', m.t_win + interval '10 milliseconds', m.t_win + interval '40 milliseconds', 4, false,
      false, null::timestamptz, m.accepted and m.evaluation is null),
  (11, 'review_opinion', 'userTask', '复查意见', m.t_rreq + interval '20 milliseconds', m.t_rop, 4, false, true,
      pg_temp.lim(m.rreq_day + 30), m.review),
  (12, 'request_re_review', 'userTask', '复核申请期间', m.t_rop + interval '40 milliseconds', m.t_rewin, 2, false, true,
      pg_temp.lim(m.rop_day + 30), m.review),
  (13, m.end_act, 'noneEndEvent', null, m.t_end - interval '10 milliseconds', m.t_end - interval '10 milliseconds',
      1, false, false, null::timestamptz, true)
) a(seq, act, type, name, started, ended, state, in_sub, task, due, present)
where a.present;

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
  execution_id_, act_id_, task_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_,
  sequence_counter_, removal_time_)
select pg_temp.eid(i, 2, seq), case when in_sub then pg_temp.eid(i, 2, 99) else pi end, 'petition-lifecycle',
       :'lifecycle_def', pi, pi, case when task then pg_temp.eid(i, 4, seq) else pi end, act,
       case when task then pg_temp.eid(i, 3, seq) end, name, type, pg_temp.utc(started), pg_temp.utc(ended),
       pg_temp.ms(ended) - pg_temp.ms(started), state, seq * 2, pg_temp.utc(t_end + interval '3650 days')
from bench_act;

insert into act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
  execution_id_, act_inst_id_, name_, start_time_, end_time_, duration_, delete_reason_, priority_, due_date_,
  removal_time_, task_state_)
select pg_temp.eid(i, 3, seq), act, 'petition-lifecycle', :'lifecycle_def', pi, pi, pg_temp.eid(i, 4, seq),
       pg_temp.eid(i, 2, seq), name, pg_temp.utc(started), pg_temp.utc(ended), pg_temp.ms(ended) - pg_temp.ms(started),
       case when state = 2 then 'deleted' else 'completed' end, 50, pg_temp.utc(due),
       pg_temp.utc(t_end + interval '3650 days'), case when state = 2 then 'Deleted' else 'Completed' end
from bench_act where task;

\echo == the sponsored cases (their own small instances)
insert into act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, end_time_,
  removal_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_)
select pg_temp.eid(i, 5, 0), pg_temp.eid(i, 5, 0), 'SP-' || i, 'sponsored-case', :'sponsored_def',
       pg_temp.utc(pg_temp.bj(sp_day, 700)),
       case when sp_outcome is not null then pg_temp.utc(pg_temp.bj(sp_out_day, 700)) end,
       case when sp_outcome is not null then pg_temp.utc(pg_temp.bj(sp_out_day, 700) + interval '3650 days') end,
       case when sp_outcome is not null then pg_temp.ms(pg_temp.bj(sp_out_day, 700)) - pg_temp.ms(pg_temp.bj(sp_day, 700)) end,
       'sponsored', case when sp_outcome is not null then 'concluded' end, pg_temp.eid(i, 5, 0),
       case when sp_outcome is not null then 'COMPLETED' else 'ACTIVE' end
from bench_m where has_sponsor;

insert into act_hi_varinst (id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_, execution_id_,
  act_inst_id_, name_, var_type_, create_time_, rev_, long_, text_, state_, removal_time_)
select pg_temp.eid(m.i, 6, v.seq), 'sponsored-case', :'sponsored_def', pg_temp.eid(m.i, 5, 0), pg_temp.eid(m.i, 5, 0),
       pg_temp.eid(m.i, 5, 0), pg_temp.eid(m.i, 5, 0), v.name, v.type, pg_temp.utc(v.at), 0, v.lng, v.txt, 'CREATED',
       case when m.sp_outcome is not null then pg_temp.utc(pg_temp.bj(m.sp_out_day, 700) + interval '3650 days') end
from bench_m m cross join lateral (values
  (1, 'sponsor', 'string', 'head', null::bigint, pg_temp.bj(m.sp_day, 700), true),
  (2, 'sponsorshipId', 'long', null, m.i::bigint, pg_temp.bj(m.sp_day, 700), true),
  (3, 'assignedOn', 'string', m.sp_day::text, null, pg_temp.bj(m.sp_day, 700), true),
  (4, 'matter', 'string', m.number, null, pg_temp.bj(m.sp_day, 700), true),
  (5, 'outcomeOn', 'string', m.sp_out_day::text, null, pg_temp.bj(m.sp_out_day, 700), m.sp_outcome is not null),
  (6, 'outcome', 'string', m.sp_outcome, null, pg_temp.bj(m.sp_out_day, 700), m.sp_outcome is not null)
) v(seq, name, type, txt, lng, at, present)
where m.has_sponsor and v.present;

insert into act_hi_actinst (id_, parent_act_inst_id_, proc_def_key_, proc_def_id_, root_proc_inst_id_, proc_inst_id_,
  execution_id_, act_id_, act_name_, act_type_, start_time_, end_time_, duration_, act_inst_state_, sequence_counter_,
  removal_time_)
select pg_temp.eid(m.i, 7, a.seq), pg_temp.eid(m.i, 5, 0), 'sponsored-case', :'sponsored_def', pg_temp.eid(m.i, 5, 0),
       pg_temp.eid(m.i, 5, 0), pg_temp.eid(m.i, 5, 0), a.act, a.name, a.type, pg_temp.utc(a.started), pg_temp.utc(a.ended),
       pg_temp.ms(a.ended) - pg_temp.ms(a.started), a.state, a.seq,
       case when m.sp_outcome is not null then pg_temp.utc(pg_temp.bj(m.sp_out_day, 700) + interval '3650 days') end
from bench_m m cross join lateral (values
  (1, 'sponsored', 'startEvent', '领导包案', pg_temp.bj(m.sp_day, 700), pg_temp.bj(m.sp_day, 700), 4, true),
  (2, 'await_outcome', 'receiveTask', '化解中', pg_temp.bj(m.sp_day, 700),
      case when m.sp_outcome is not null then pg_temp.bj(m.sp_out_day, 700) end,
      case when m.sp_outcome is not null then 4 else 0 end, true),
  (3, 'concluded', 'noneEndEvent', '已记录化解结果', pg_temp.bj(m.sp_out_day, 700), pg_temp.bj(m.sp_out_day, 700), 1,
      m.sp_outcome is not null)
) a(seq, act, name, type, started, ended, state, present)
where m.has_sponsor and a.present;

\echo == ACT_RU_AUTHORIZATION (history read grants to the scope groups of the units)
insert into act_ru_authorization (id_, rev_, type_, group_id_, resource_type_, resource_id_, perms_, removal_time_,
  root_proc_inst_id_)
select pg_temp.eid(i, 8, k), 1, 1, 'scope:' || u, 20, pi, 2, pg_temp.utc(t_end + interval '3650 days'), pi
from bench_m cross join lateral (values (1, reg_unit), (2, unit)) g(k, u)
where u is not null and (k = 1 or u <> reg_unit);

\echo == the projection: report_matter_fact, report_step_fact, report_sponsorship_fact
insert into report_matter_fact (number, process_instance_id, repeat_of, received_on, channel, category,
  registering_unit, handling_unit, classification, route, notice_owed, acceptance_decision, acceptance_due,
  notified_on, handling_due, extension_days, concluded_on, evaluation, evaluation_expired, review_requested_on,
  re_review_requested_on, repeat_count, outcome, ended_at)
select number, pi, null, received, channel, category, reg_unit, unit, classification, route, notice_owed,
       case when route = 'HANDLE' then case when accepted then 'ACCEPT' else 'NOT_ACCEPT' end end,
       case when route = 'HANDLE' then disp_day + 15 end,
       case when route = 'HANDLE' then acc_day end,
       case when accepted then handling_last end, case when accepted then ext else 0 end,
       case when accepted then del_day end, evaluation, accepted and evaluation is null,
       case when review then rreq_day end, null, case when has_repeat then 1 else 0 end,
       case when route = 'ROUTED' then 'ROUTED' when route = 'GUIDED' then 'GUIDED'
            when route = 'NOT_ACCEPTED' or not accepted then 'NOT_ACCEPTED' else 'CLOSED' end,
       t_end
from bench_m;
insert into report_matter_fact (number, process_instance_id, repeat_of, received_on, channel, category,
  registering_unit, handling_unit, classification, route, notice_owed, acceptance_decision, acceptance_due,
  notified_on, handling_due, extension_days, concluded_on, evaluation, evaluation_expired, review_requested_on,
  re_review_requested_on, repeat_count, outcome, ended_at)
select 'XR-' || :year || '-' || lpad(i::text, 7, '0'), pi, number, rep_day, rep_channel, category, reg_unit, unit,
       null, null, false, null, null, null, null, 0, null, null, false, null, null, 0, 'REPEAT', null
from bench_m where has_repeat;

insert into report_step_fact (activity_instance_id, process_instance_id, number, step, activity_id, started_at,
  ended_at, due_at, completed, on_time)
select pg_temp.eid(a.i, 2, a.seq), a.pi, a.number,
       case a.act when 'dispose' then 'DISPOSE' when 'decide_acceptance' then 'ACCEPTANCE'
                  when 'draft_reply' then 'REPLY_DRAFT' when 'review_reply' then 'REPLY_REVIEW'
                  when 'sign_reply' then 'REPLY_SIGN' when 'precheck_reply' then 'REPLY_PRECHECK'
                  when 'deliver_reply' then 'REPLY_DELIVERY' when 'evaluate' then 'EVALUATION'
                  when 'evaluate_suggestion' then 'EVALUATION' when 'request_review' then 'REVIEW_REQUEST'
                  when 'review_opinion' then 'REVIEW_OPINION' when 'request_re_review' then 'RE_REVIEW_REQUEST' end,
       a.act, a.started, a.ended,
       -- the reply's steps are judged against the handling limit as extended (FactFunctions.MOVABLE_LIMITS)
       case when a.act in ('draft_reply', 'review_reply', 'sign_reply', 'precheck_reply', 'deliver_reply')
            then pg_temp.lim(m.handling_last) else a.due end as due_at,
       a.state <> 2,
       case when a.state <> 2 then a.ended < case when a.act in ('draft_reply', 'review_reply', 'sign_reply',
            'precheck_reply', 'deliver_reply') then pg_temp.lim(m.handling_last) else a.due end end
from bench_act a join bench_m m on m.i = a.i
where a.type = 'userTask';

insert into report_sponsorship_fact (process_instance_id, sponsorship_id, matter_number, sponsor, assigned_on,
  outcome, outcome_on)
select pg_temp.eid(i, 5, 0), i, number, 'head', sp_day, sp_outcome, case when sp_outcome is not null then sp_out_day end
from bench_m where has_sponsor;

\echo == building the secondary indexes again
select def from bench_index \gexec
do $$ begin
  if exists (select 1 from bench_index where to_regclass(name) is null) then
    raise exception 'an index dropped for the load was not built again';
  end if;
end $$;
select count(*) as secondary_indexes_rebuilt from bench_index;

\echo == ANALYZE
analyze act_hi_procinst; analyze act_hi_varinst; analyze act_hi_actinst; analyze act_hi_taskinst;
analyze act_ru_authorization; analyze report_matter_fact; analyze report_step_fact; analyze report_sponsorship_fact;
analyze org_unit;
\timing off
select count(*) filter (where repeat_of is null) as matters, count(*) filter (where repeat_of is not null) as repeats,
       min(received_on), max(received_on)
from report_matter_fact where number like 'X_-' || :year || '-%';
select (select count(*) from act_hi_procinst) as hi_procinst, (select count(*) from act_hi_varinst) as hi_varinst,
       (select count(*) from act_hi_actinst) as hi_actinst, (select count(*) from act_hi_taskinst) as hi_taskinst,
       (select count(*) from report_step_fact) as step_facts, (select count(*) from report_sponsorship_fact) as sponsorships,
       (select count(*) from act_ru_authorization) as authorizations;
select pg_size_pretty(pg_database_size(current_database())) as database_size;
