SELECT to_regclass('schemadiff.data_steps') IS NOT NULL
