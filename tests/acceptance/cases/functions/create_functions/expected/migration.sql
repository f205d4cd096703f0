-- schemadiff migration
-- 8 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE PROCEDURE "public"."archive_orders"(IN p_before numeric, OUT archived integer)
 LANGUAGE "plpgsql"
AS $body$BEGIN
    DELETE FROM public.orders WHERE total < p_before;
    GET DIAGNOSTICS archived = ROW_COUNT;
END;
$body$;
CREATE FUNCTION "public"."count_orders"(p_customer_id uuid)
 RETURNS bigint
 LANGUAGE "sql"
 STABLE STRICT
AS $body$SELECT count(*) FROM public.orders WHERE customer_id = p_customer_id$body$;
CREATE FUNCTION "public"."order_ids"(p_min numeric DEFAULT 0)
 RETURNS SETOF uuid
 LANGUAGE "sql"
 STABLE
AS $body$SELECT id FROM public.orders WHERE total >= p_min$body$;
CREATE FUNCTION "public"."order_totals"()
 RETURNS TABLE(id uuid, total numeric)
 LANGUAGE "sql"
AS $body$SELECT id, total FROM public.orders$body$;
CREATE FUNCTION "public"."split_name"(full_name text, OUT first text, OUT last text, INOUT n integer DEFAULT 1, VARIADIC tags text[] DEFAULT '{}'::text[])
 RETURNS record
 LANGUAGE "plpgsql"
 IMMUTABLE
AS $body$BEGIN
    first := split_part(full_name, ' ', 1);
    last := split_part(full_name, ' ', 2);
END;
$body$;
CREATE FUNCTION "public"."upsert_order"(p_id uuid, p_total numeric)
 RETURNS jsonb
 LANGUAGE "plpgsql"
 SECURITY DEFINER
 SET "search_path" TO 'pg_catalog', 'public', 'pg_temp'
 SET "statement_timeout" TO '5s'
AS $body$BEGIN
    INSERT INTO public.orders (id, total) VALUES (p_id, p_total)
    ON CONFLICT (id) DO UPDATE SET total = EXCLUDED.total;
    RETURN jsonb_build_object('id', p_id);
END;
$body$;
CREATE TABLE "public"."orders" (
    "id" uuid NOT NULL,
    "customer_id" uuid,
    "total" numeric(12,2) DEFAULT 0 NOT NULL
);
ALTER TABLE "public"."orders" ADD CONSTRAINT "orders_pkey" PRIMARY KEY (id);
COMMENT ON ROUTINE "public"."archive_orders"(numeric) IS 'Deletes small orders';
COMMENT ON ROUTINE "public"."count_orders"(uuid) IS 'Orders of one customer';
COMMIT;
