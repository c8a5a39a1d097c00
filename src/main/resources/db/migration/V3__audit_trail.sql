-- Append-only audit trail (audit module): each entry hashes the previous one
create table audit_entry (
  id             bigint        primary key,
  occurred_at    timestamp with time zone not null,
  username       varchar(64)   not null,
  roles          varchar(200)  not null,
  unit_code      varchar(40),
  remote_address varchar(64),
  matter_number  varchar(32),
  action         varchar(40)   not null,
  detail         varchar(4000),
  prev_hash      varchar(64)   not null,
  hash           varchar(64)   not null
);
create index audit_entry_matter_idx on audit_entry (matter_number);
create index audit_entry_user_idx on audit_entry (username, occurred_at);

-- the head of the chain: one row, locked by every append so appends are serialised and gap-free
create table audit_chain_head (
  id        integer     primary key,
  last_id   bigint      not null,
  last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
