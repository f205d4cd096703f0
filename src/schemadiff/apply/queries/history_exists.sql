SELECT to_regclass('schemadiff.history') IS NOT NULL
