-- 被检举控告人: the people an accusation names who hold an account here; they never see the matter (Art. 30).
create table petition_accused_person (
  petition_id bigint      not null references petition (id),
  username    varchar(64) not null,
  primary key (petition_id, username)
);
create index petition_accused_person_user_idx on petition_accused_person (username);
