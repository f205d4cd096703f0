-- Functions and procedures (prokind f, p; aggregates and window functions are skipped), with
-- the texts CREATE FUNCTION takes back. Deparsed texts depend on search_path = '' (set by the
-- caller), which qualifies every type and name in them. The signature is the input argument
-- types only (oidvectortypes): the identity of an overload. A SQL-standard body (14+) has no
-- prosrc worth reading; its deparsed text stands for it. Extension members are skipped.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_catalog.oidvectortypes(p.proargtypes) AS signature,
       p.prokind AS kind,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       l.lanname AS language,
       CASE WHEN p.prosqlbody IS NOT NULL THEN pg_catalog.pg_get_function_sqlbody(p.oid)
            ELSE p.prosrc END AS body,
       p.provolatile AS volatility,
       p.proisstrict AS strict,
       p.prosecdef AS security_definer,
       COALESCE(p.proconfig, '{}') AS config,
       p.proparallel AS parallel,
       p.procost::float8 AS cost,
       p.prorows::float8 AS rows,
       p.proretset AS returns_set,
       p.proleakproof AS leakproof,
       d.description AS comment
  FROM pg_catalog.pg_proc p
  JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
  JOIN pg_catalog.pg_language l ON l.oid = p.prolang
  LEFT JOIN pg_catalog.pg_description d
         ON d.objoid = p.oid AND d.classoid = 'pg_catalog.pg_proc'::pg_catalog.regclass
        AND d.objsubid = 0
 WHERE p.prokind IN ('f', 'p')
   AND n.nspname !~ '^pg_'
   AND n.nspname NOT IN ('information_schema', 'schemadiff', 'cron')
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend e
                    WHERE e.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                      AND e.objid = p.oid AND e.deptype = 'e')
 ORDER BY 1, 2, 3
