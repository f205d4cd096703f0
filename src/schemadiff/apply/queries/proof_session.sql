-- A scratch database is thrown away: waiting for each DDL commit to reach disk proves nothing.
SET synchronous_commit = off
