-- The catalog queries are planned on every fresh connection, and planning costs more than
-- running them on most databases (a join search over up to a dozen catalogs per query). Their
-- joins are written in a sensible order: taken as written, the queries of an introspection cost
-- ~20 % less on an empty database, 7-12 % less at 10 to 1,000 tables, and read the same rows
-- (benchmarks/bench_introspect_planner.py).
SET LOCAL join_collapse_limit = 1;
SET LOCAL from_collapse_limit = 1
