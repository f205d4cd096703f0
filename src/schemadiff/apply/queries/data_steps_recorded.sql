SELECT name, sha256, migration, has_rollback FROM schemadiff.data_steps
