SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint
WHERE conrelid = 'schemadiff.history'::regclass AND contype = 'c'
  AND pg_get_constraintdef(oid) LIKE '%%status%%'
