CREATE TABLE jobs (id integer PRIMARY KEY, state varchar(16) NOT NULL, run_at timestamptz);
CREATE INDEX jobs_pending_idx ON jobs (run_at) WHERE state IN ('queued', 'retry');
