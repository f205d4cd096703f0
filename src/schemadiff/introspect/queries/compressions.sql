-- The TOAST compression methods the server was built with: default_toast_compression accepts
-- exactly those (pglz always; lz4 only with --with-lz4).
SELECT pg_catalog.unnest(s.enumvals) AS name
  FROM pg_catalog.pg_settings s
 WHERE s.name = 'default_toast_compression'
