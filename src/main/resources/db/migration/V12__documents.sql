-- Written documents (documents module). Each document keeps the values it was rendered from and the
-- template text that rendered it, so its PDF can be rendered again byte for byte; the PDF itself is on
-- disk under xinfang.documents.dir, named by id, its SHA-256 here.

-- every version of a template ever used, by the SHA-256 of its UTF-8 text: editing a template adds a row
create table document_template (
  sha256      varchar(64)    primary key,
  kind        varchar(32)    not null,
  body        varchar(20000) not null,
  source      varchar(300)   not null,
  first_used  timestamp with time zone not null
);

create table issued_document (
  id               varchar(36)    primary key,
  petition_number  varchar(32)    not null,
  kind             varchar(32)    not null,
  doc_number       varchar(64)    not null,
  issued_at        timestamp with time zone not null,
  template_sha256  varchar(64)    not null references document_template (sha256),
  field_values     varchar(60000) not null,
  sha256           varchar(64)    not null,
  size_bytes       bigint         not null,
  constraint issued_document_number_uq unique (doc_number)
);
create index issued_document_petition_idx on issued_document (petition_number);
