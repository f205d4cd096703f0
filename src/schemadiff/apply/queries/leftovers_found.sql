SELECT 'INVALID index ' || n.nspname || '.' || c.relname FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE NOT i.indisvalid
UNION ALL
SELECT 'NOT VALID constraint ' || n.nspname || '.' || coalesce(t.relname, ty.typname) || '.' || c.conname
  FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
  LEFT JOIN pg_class t ON t.oid = c.conrelid LEFT JOIN pg_type ty ON ty.oid = c.contypid
  WHERE NOT c.convalidated
UNION ALL
SELECT 'helper constraint ' || n.nspname || '.' || c.conname FROM pg_constraint c
  JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.conname LIKE '%%\_schemadiff' AND c.convalidated
UNION ALL
SELECT 'helper relation ' || n.nspname || '.' || c.relname FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relname LIKE '%%\_schemadiff' AND n.nspname <> 'schemadiff'
ORDER BY 1
