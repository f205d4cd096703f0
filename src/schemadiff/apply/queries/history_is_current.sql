-- left_fingerprint is the newest column: a table that has it has every column (history.py).
SELECT count(*) FROM pg_attribute
WHERE attrelid = 'schemadiff.history'::regclass AND attname = 'left_fingerprint' AND NOT attisdropped
