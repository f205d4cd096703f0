-- schemadiff migration
-- 9 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
SET LOCAL check_function_bodies = off;
CREATE FUNCTION "public"."create_customer_once"(p_org_id uuid, p_email text, p_idempotency_key text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE "plpgsql"
AS $body$DECLARE
    v_response jsonb;
BEGIN
    IF "p_idempotency_key" IS NOT NULL THEN
        -- Calls with one key run one at a time; a replay waits for the first call to finish.
        PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.idempotency_keys' || ':' || "p_idempotency_key"::text));
        SELECT "response" INTO v_response
          FROM "public"."idempotency_keys"
         WHERE "key" = "p_idempotency_key"
           AND "response" IS NOT NULL;
        IF FOUND THEN
            RETURN v_response;  -- a replay: the stored response, nothing runs again
        END IF;
    END IF;

    v_response := public.upsert_customer(p_org_id, p_email);

    IF "p_idempotency_key" IS NOT NULL THEN
        INSERT INTO "public"."idempotency_keys" ("key", "response")
        VALUES ("p_idempotency_key", v_response)
        ON CONFLICT ("key") DO UPDATE
           SET "response" = EXCLUDED."response";
    END IF;
    RETURN v_response;
END;
$body$;
CREATE FUNCTION "public"."greet"(who text)
 RETURNS text
 LANGUAGE "sql"
AS $body$SELECT 'Hello' || ' ' || who
$body$;
CREATE FUNCTION "public"."set_updated_at"()
 RETURNS trigger
 LANGUAGE "plpgsql"
AS $body$BEGIN
    NEW."updated_at" := now();
    RETURN NEW;
END;
$body$;
CREATE FUNCTION "public"."upsert_customer"(p_org_id uuid, p_email text, p_name text DEFAULT NULL::text)
 RETURNS jsonb
 LANGUAGE "plpgsql"
 SECURITY DEFINER
 SET "search_path" TO 'pg_catalog', 'public', 'pg_temp'
AS $body$DECLARE
    v_row "public"."customers";
    v_created boolean := false;
BEGIN
    -- One caller per natural key at a time, until this transaction ends.
    PERFORM pg_catalog.pg_advisory_xact_lock(pg_catalog.hashtext('public.customers' || ':' || pg_catalog.concat_ws('|', "p_org_id"::text, "p_email"::text)));

    SELECT * INTO v_row
      FROM "public"."customers"
     WHERE "org_id" = "p_org_id" AND "email" = "p_email"
       FOR UPDATE;

    IF FOUND THEN
        UPDATE "public"."customers"
           SET "name" = COALESCE("p_name", "name")
         WHERE "org_id" = "p_org_id" AND "email" = "p_email"
        RETURNING * INTO v_row;
    ELSE
        INSERT INTO "public"."customers" ("org_id", "email", "name")
        VALUES ("p_org_id", "p_email", "p_name")
        RETURNING * INTO v_row;
        v_created := true;
    END IF;

    RETURN pg_catalog.to_jsonb(v_row) || pg_catalog.jsonb_build_object('created', v_created);
END;
$body$;
CREATE TABLE "public"."customers" (
    "id" uuid DEFAULT gen_random_uuid() NOT NULL,
    "org_id" uuid NOT NULL,
    "email" text NOT NULL,
    "name" text,
    "updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
CREATE TABLE "public"."idempotency_keys" (
    "key" text NOT NULL,
    "response" jsonb,
    "created_at" timestamp with time zone DEFAULT now() NOT NULL
);
ALTER TABLE "public"."customers" ADD CONSTRAINT "customers_pkey" PRIMARY KEY (id);
ALTER TABLE "public"."idempotency_keys" ADD CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY (key);
CREATE TRIGGER customers_updated_at BEFORE UPDATE ON public.customers FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
COMMIT;
