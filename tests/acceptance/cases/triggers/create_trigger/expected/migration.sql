-- schemadiff migration
-- 6 to create, 0 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

BEGIN;
CREATE FUNCTION "public"."refuse_truncate"()
 RETURNS trigger
 LANGUAGE "plpgsql"
AS $body$BEGIN
    RAISE EXCEPTION 'truncate is not allowed on %', TG_TABLE_NAME;
END;
$body$;
CREATE TABLE "public"."ledgers" (
    "id" integer NOT NULL
);
ALTER TABLE "public"."ledgers" ADD CONSTRAINT "ledgers_pkey" PRIMARY KEY (id);
CREATE TRIGGER accounts_no_truncate BEFORE TRUNCATE ON public.accounts FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
CREATE TRIGGER accounts_status_log AFTER INSERT OR UPDATE OF status, balance ON public.accounts FOR EACH ROW WHEN ((new.status <> 'closed'::text)) EXECUTE FUNCTION public.log_change('status changed', 'it''s');
CREATE TRIGGER ledgers_no_truncate BEFORE TRUNCATE ON public.ledgers FOR EACH STATEMENT EXECUTE FUNCTION public.refuse_truncate();
COMMENT ON TRIGGER "accounts_status_log" ON "public"."accounts" IS 'Audit trail of status changes';
COMMIT;
