-- schemadiff rollback
-- 0 to create, 1 to alter, 0 to drop

SET lock_timeout = '1s';
SET statement_timeout = '0';

ALTER TYPE "public"."order_status" ADD VALUE IF NOT EXISTS 'legacy' BEFORE 'paid';
