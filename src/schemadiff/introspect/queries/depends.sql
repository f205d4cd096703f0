-- Dependencies between user objects, from pg_depend, with each catalog row mapped to the model
-- object that owns it: a column default (pg_attrdef) to its table, an index backing a
-- constraint to that constraint, an enum's array type to the enum, any member of an extension
-- to the extension. `objs` must select what the family queries select.
WITH ns AS (
    SELECT n.oid, n.nspname
      FROM pg_catalog.pg_namespace n
     WHERE n.nspname !~ '^pg_'
       AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
), members AS (
    SELECT e.classid, e.objid, x.extname
      FROM pg_catalog.pg_depend e
      JOIN pg_catalog.pg_extension x ON x.oid = e.refobjid
     WHERE e.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND e.deptype = 'e'
), cons AS (
    SELECT con.oid, con.conindid, con.contype, ns.nspname, con.conname, c.relname
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_class c ON c.oid = con.conrelid AND c.relkind IN ('r', 'p')
      JOIN ns ON ns.oid = c.relnamespace
     WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND con.conparentid = 0 AND con.conislocal
), base AS (
    SELECT 'pg_catalog.pg_namespace'::pg_catalog.regclass AS classid, ns.oid AS objid,
           'schema' AS kind, '' AS schema, ns.nspname AS name, '' AS parent
      FROM ns
    UNION ALL
    SELECT 'pg_catalog.pg_extension'::pg_catalog.regclass, x.oid, 'extension', '', x.extname, ''
      FROM pg_catalog.pg_extension x
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 'enum', ns.nspname, t.typname, ''
      FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
     WHERE t.typtype = 'e'
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid,
           CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END, ns.nspname, c.relname, ''
      FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'S')
    UNION ALL
    -- An index that backs a constraint is the constraint, as far as dependencies go.
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, i.oid,
           CASE WHEN k.oid IS NULL THEN 'index' ELSE 'constraint' END, ns.nspname,
           COALESCE(k.conname, i.relname), COALESCE(k.relname, '')
      FROM pg_catalog.pg_class i
      JOIN ns ON ns.oid = i.relnamespace
      LEFT JOIN cons k ON k.conindid = i.oid AND k.contype IN ('p', 'u', 'x')
     WHERE i.relkind IN ('i', 'I') AND NOT i.relispartition
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, k.oid, 'constraint', k.nspname,
           k.conname, k.relname
      FROM cons k
    UNION ALL
    SELECT 'pg_catalog.pg_attrdef'::pg_catalog.regclass, ad.oid, 'table', ns.nspname,
           c.relname, ''
      FROM pg_catalog.pg_attrdef ad
      JOIN pg_catalog.pg_class c ON c.oid = ad.adrelid AND c.relkind IN ('r', 'p')
      JOIN ns ON ns.oid = c.relnamespace
), mapped AS (
    -- Extension members are the extension, wherever they live.
    SELECT b.* FROM base b
     WHERE NOT EXISTS (SELECT FROM members m WHERE m.classid = b.classid AND m.objid = b.objid)
    UNION ALL
    SELECT m.classid, m.objid, 'extension', '', m.extname, '' FROM members m
), objs AS (
    -- A column of type status[] depends on the array type, which stands for the enum.
    SELECT * FROM mapped
    UNION ALL
    SELECT o.classid, t.typarray, o.kind, o.schema, o.name, o.parent
      FROM mapped o
      JOIN pg_catalog.pg_type t ON t.oid = o.objid AND t.typarray <> 0
     WHERE o.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
)
SELECT DISTINCT s.kind, s.schema, s.name, s.parent,
       r.kind AS ref_kind, r.schema AS ref_schema, r.name AS ref_name, r.parent AS ref_parent
  FROM pg_catalog.pg_depend d
  JOIN objs s ON s.classid = d.classid AND s.objid = d.objid
  JOIN objs r ON r.classid = d.refclassid AND r.objid = d.refobjid
 WHERE d.deptype IN ('n', 'a')
   -- OWNED BY makes a serial's sequence depend on its column (dropped with it); for ordering,
   -- the table's default needs the sequence, which the attrdef row already says.
   AND NOT (s.kind = 'sequence' AND d.deptype = 'a')
   AND (s.kind, s.schema, s.name, s.parent) <> (r.kind, r.schema, r.name, r.parent)
 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
