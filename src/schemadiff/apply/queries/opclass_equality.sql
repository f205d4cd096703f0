-- The equality operator (btree strategy 3) of an operator class, OPERATOR(schema.=) (preflight.py).
SELECT format('OPERATOR(%%I.%%s)', n.nspname, o.oprname)
FROM pg_catalog.pg_opclass c
JOIN pg_catalog.pg_am m ON m.oid = c.opcmethod
JOIN pg_catalog.pg_amop a ON a.amopfamily = c.opcfamily AND a.amoplefttype = c.opcintype
 AND a.amoprighttype = c.opcintype AND a.amopstrategy = 3 AND a.amopmethod = m.oid
JOIN pg_catalog.pg_operator o ON o.oid = a.amopopr
JOIN pg_catalog.pg_namespace n ON n.oid = o.oprnamespace
WHERE m.amname = 'btree' AND c.opcname = %(name)s::text
  AND (c.opcnamespace = to_regnamespace(%(schema)s::text) OR (%(schema)s::text IS NULL AND pg_opclass_is_visible(c.oid)))
