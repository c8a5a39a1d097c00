-- Key rotation: the id of the key that computed id_number_hash, so `--reencrypt` finds every row whose
-- hash (not only whose ciphertext) is not yet on the current key. Null on rows written before this
-- version: their hash was computed with the legacy key (xinfang.crypto.legacy-key-id, default k1).
-- (V8, not V7: another branch may add its own V7.)
alter table petitioner add column id_number_hash_key varchar(32);
