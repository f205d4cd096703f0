CREATE TABLE cache_entries (id serial, audit bigint);
CREATE SEQUENCE cache_audit OWNED BY cache_entries.audit;
