-- The index access methods this database has: the built-in ones and those its extensions brought
-- (bloom, pgvector's hnsw and ivfflat). The scratch build checks every index's method against it.
SELECT am.amname AS name
  FROM pg_catalog.pg_am am
 WHERE am.amtype = 'i'
 ORDER BY 1
