-- Attachments (petition module): the file is on disk under xinfang.attachments.dir, named by id
create table attachment (
  id              varchar(36)  primary key,
  petition_number varchar(32)  not null,
  file_name       varchar(200) not null,
  file_type       varchar(8)   not null,
  size_bytes      bigint       not null,
  sha256          varchar(64)  not null,
  uploaded_by     varchar(64)  not null,
  uploaded_at     timestamp with time zone not null
);
create index attachment_petition_idx on attachment (petition_number);
