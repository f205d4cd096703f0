-- Plain aggregates (aggkind 'n') with the options the model has; the others (moving-aggregate,
-- sort operator, serial functions, ordered-set kinds...) are refused in unsupported.sql.
-- Function names are regproc text under search_path = '' (set by the caller): qualified unless
-- in pg_catalog. Extension members are skipped.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_catalog.oidvectortypes(p.proargtypes) AS signature,
       a.aggtransfn::pg_catalog.text AS sfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS stype,
       CASE WHEN a.aggfinalfn::pg_catalog.oid <> 0 THEN a.aggfinalfn::pg_catalog.text END AS finalfunc,
       CASE WHEN a.aggcombinefn::pg_catalog.oid <> 0 THEN a.aggcombinefn::pg_catalog.text END
         AS combinefunc,
       a.agginitval AS initcond,
       CASE p.proparallel WHEN 's' THEN 'safe' WHEN 'r' THEN 'restricted' ELSE 'unsafe' END
         AS parallel,
       d.description AS comment
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE p.prokind = 'a'
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND e.objid = p.oid AND e.deptype = 'e')
 ORDER BY 1, 2, 3
