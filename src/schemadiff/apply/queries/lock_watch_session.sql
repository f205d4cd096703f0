-- The lock watcher's own session: regclass text comes schema-qualified, and the watcher never
-- waits long for a catalog lock itself.
SET search_path = '';
SET lock_timeout = '1s';
