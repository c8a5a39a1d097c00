-- The unit that registered a matter (the clerk's bureau): bureau roles see what their jurisdiction registered
-- or handles. Earlier matters take the unit their registering clerk belongs to now.
alter table petition add column registered_unit varchar(40);
update petition set registered_unit = (select u.unit_code from app_user u where u.username = petition.registered_by);
create index petition_registered_unit_idx on petition (registered_unit);
