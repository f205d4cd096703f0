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
    SELECT 'pg_catalog.pg_collation'::pg_catalog.regclass, co.oid, 'collation', ns.nspname,
           co.collname, ''
      FROM pg_catalog.pg_collation co JOIN ns ON ns.oid = co.collnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_class'::pg_catalog.regclass, c.oid,
           CASE c.relkind WHEN 'S' THEN 'sequence' WHEN 'v' THEN 'view' WHEN 'm' THEN 'matview'
                          ELSE 'table' END, ns.nspname, c.relname, ''
      FROM pg_catalog.pg_class c JOIN ns ON ns.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm')
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
    -- routines: functions and procedures (their signature is added in the final SELECT),
    -- triggers (a trigger needs its table and its function), and a table's row type, which
    -- stands for the table when a function takes or returns its rows.
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 'function', ns.nspname, p.proname, ''
      FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
     WHERE p.prokind IN ('f', 'p')
    UNION ALL
    SELECT 'pg_catalog.pg_proc'::pg_catalog.regclass, p.oid, 'aggregate', ns.nspname, p.proname, ''
      FROM pg_catalog.pg_proc p JOIN ns ON ns.oid = p.pronamespace
     WHERE p.prokind = 'a'
    UNION ALL
    SELECT 'pg_catalog.pg_trigger'::pg_catalog.regclass, tg.oid, 'trigger', ns.nspname,
           tg.tgname, c.relname
      FROM pg_catalog.pg_trigger tg
      JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid AND c.relkind IN ('r', 'p')
      JOIN ns ON ns.oid = c.relnamespace
     WHERE NOT tg.tgisinternal AND tg.tgparentid = 0
    UNION ALL
    -- a relation's row type is the relation: a function taking or returning it needs it first
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid,
           CASE c.relkind WHEN 'm' THEN 'matview' WHEN 'v' THEN 'view' ELSE 'table' END,
           ns.nspname, c.relname, ''
      FROM pg_catalog.pg_type t
      JOIN pg_catalog.pg_class c ON c.oid = t.typrelid AND c.relkind IN ('r', 'p', 'v', 'm')
      JOIN ns ON ns.oid = c.relnamespace
    -- views, policies, domains: a view's query lives in its rewrite rule, whose dependencies
    -- (tables, columns, other views, functions) are the view's; a domain's CHECK constraints
    -- are the domain's.
    UNION ALL
    SELECT 'pg_catalog.pg_rewrite'::pg_catalog.regclass, r.oid,
           CASE c.relkind WHEN 'm' THEN 'matview' ELSE 'view' END, ns.nspname, c.relname, ''
      FROM pg_catalog.pg_rewrite r
      JOIN pg_catalog.pg_class c ON c.oid = r.ev_class AND c.relkind IN ('v', 'm')
      JOIN ns ON ns.oid = c.relnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_policy'::pg_catalog.regclass, p.oid, 'policy', ns.nspname, p.polname,
           c.relname
      FROM pg_catalog.pg_policy p
      JOIN pg_catalog.pg_class c ON c.oid = p.polrelid
      JOIN ns ON ns.oid = c.relnamespace
    UNION ALL
    SELECT 'pg_catalog.pg_type'::pg_catalog.regclass, t.oid, 'domain', ns.nspname, t.typname, ''
      FROM pg_catalog.pg_type t JOIN ns ON ns.oid = t.typnamespace
     WHERE t.typtype = 'd'
    UNION ALL
    SELECT 'pg_catalog.pg_constraint'::pg_catalog.regclass, con.oid, 'domain', ns.nspname,
           t.typname, ''
      FROM pg_catalog.pg_constraint con
      JOIN pg_catalog.pg_type t ON t.oid = con.contypid
      JOIN ns ON ns.oid = t.typnamespace
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
, sigs AS (
    -- A function's identity includes its input argument types (overloads share a name).
    SELECT o.*, CASE WHEN o.kind IN ('function', 'aggregate')
                     THEN (SELECT pg_catalog.oidvectortypes(p.proargtypes)
                             FROM pg_catalog.pg_proc p WHERE p.oid = o.objid)
                     ELSE '' END AS signature
      FROM objs o
)
SELECT DISTINCT s.kind, s.schema, s.name, s.parent, s.signature,
       r.kind AS ref_kind, r.schema AS ref_schema, r.name AS ref_name, r.parent AS ref_parent,
       r.signature AS ref_signature
  FROM pg_catalog.pg_depend d
  JOIN sigs s ON s.classid = d.classid AND s.objid = d.objid
  JOIN sigs r ON r.classid = d.refclassid AND r.objid = d.refobjid
 WHERE d.deptype IN ('n', 'a')
   -- OWNED BY makes a serial's sequence depend on its column (dropped with it); for ordering,
   -- the table's default needs the sequence, which the attrdef row already says.
   AND NOT (s.kind = 'sequence' AND d.deptype = 'a')
   AND (s.kind, s.schema, s.name, s.parent, s.signature)
       <> (r.kind, r.schema, r.name, r.parent, r.signature)
 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
