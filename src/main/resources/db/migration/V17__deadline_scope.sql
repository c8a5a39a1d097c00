-- Supervision at scale (issue 5): who may see a clock is decided on the clock's own row. The matter's
-- handling and registering unit, its accused unit and whether it names accused people are copied onto
-- each of its clocks (kept in step on every dispatch), so the overdue and warning pages filter, order
-- and count petition_deadline alone and join the matter only for the rows of the page.
alter table petition_deadline add column handling_unit varchar(40);
alter table petition_deadline add column registering_unit varchar(40);
alter table petition_deadline add column accused_unit varchar(40);
alter table petition_deadline add column names_accused_persons boolean default false not null;

update petition_deadline set
  handling_unit = (select p.unit_code from petition p where p.id = petition_deadline.petition_id),
  registering_unit = (select p.registered_unit from petition p where p.id = petition_deadline.petition_id),
  accused_unit = (select p.accused_unit from petition p where p.id = petition_deadline.petition_id),
  names_accused_persons = exists (select 1 from petition_accused_person a
                                  where a.petition_id = petition_deadline.petition_id);

-- A scoped supervisor's page: the open clocks of the units in scope, by first end (overdue: first end
-- passed; warnings: first end within the horizon), as two index ranges joined by bitmap.
create index petition_deadline_handling_first_idx on petition_deadline (is_open, handling_unit, first_ends_at);
create index petition_deadline_registering_first_idx on petition_deadline (is_open, registering_unit, first_ends_at);
