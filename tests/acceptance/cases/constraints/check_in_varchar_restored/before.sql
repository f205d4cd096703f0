-- What pg_dump writes for `status IN ('pending', 'shipped')` on varchar, restored: PostgreSQL keeps
-- it as ARRAY[('pending'::character varying)::text, ...], a second text of the same list.
CREATE TABLE shipments (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL,
    CONSTRAINT shipments_status_check CHECK (((status)::text = ANY ((ARRAY['pending'::character varying, 'shipped'::character varying])::text[])))
);
