SELECT d.datname, shobj_description(d.oid, 'pg_database') AS comment,
       EXISTS (SELECT FROM pg_stat_activity a WHERE a.datid = d.oid) AS in_use
FROM pg_database d WHERE d.datname LIKE 'schemadiff\_scratch\_%%' ORDER BY 1
