-- ID numbers are stored encrypted (AES-GCM, v1:base64) with a keyed hash for exact-match search.
-- Rows written before this version held ID numbers in clear: this project had no production data then.
drop index petitioner_id_number_idx;
alter table petitioner alter column id_number set data type varchar(100);
alter table petitioner add column id_number_hash varchar(64);
create index petitioner_id_number_hash_idx on petitioner (id_number_hash);
