-- The "before" state that both source documents start from, as one coherent database.
--   000 "Current State Analysis": users, customers, products, prices, subscriptions,
--       subscription_changes, payment_methods (a basic Stripe-backed subscription schema).
--   003 before migration 001: organizations, customers, products, subscriptions, features,
--       feature_grants, checkout_sessions, payment_intents, webhook_events.
-- customers, products and subscriptions appear in both documents. Each exists once here, with
-- the columns both documents read from it (see NOTES.md). Target: /work/main/schema.yaml.
-- PostgreSQL 13+ (gen_random_uuid() is built in). Plain SQL, no transaction control.

CREATE TABLE organizations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL,
  slug text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  full_name text,
  avatar_url text,
  billing_address jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- 000 calls this the "Stripe customer mapping" (one per user). 003 scopes it to an
-- organization, with external_id, soft delete and the subscription counters its RPC updates.
CREATE TABLE customers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  user_id uuid UNIQUE REFERENCES users (id) ON DELETE CASCADE,
  email text NOT NULL,
  name text,
  external_id text,
  stripe_customer_id text,
  metadata jsonb NOT NULL DEFAULT '{}',
  has_active_subscription boolean NOT NULL DEFAULT false,
  subscription_count integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);

-- 000 copies id/name/description/active/metadata out of it and has no created_at to copy.
-- 003 references products(id) as a uuid and clears metrics_last_calculated_at.
CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  stripe_product_id text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  active boolean DEFAULT true,
  metadata jsonb,
  metrics_last_calculated_at timestamptz
);

-- Stripe prices, keyed by the Stripe price ID (becomes stripe_prices).
CREATE TABLE prices (
  id text PRIMARY KEY,
  product_id text NOT NULL REFERENCES products (stripe_product_id) ON DELETE CASCADE,
  active boolean DEFAULT true,
  description text,
  unit_amount bigint,
  currency text NOT NULL CHECK (length(currency) = 3),
  type text NOT NULL DEFAULT 'recurring' CHECK (type IN ('one_time', 'recurring')),
  interval text CHECK (interval IN ('day', 'week', 'month', 'year')),
  interval_count integer,
  trial_period_days integer,
  metadata jsonb
);

CREATE TABLE features (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  key text NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- 000 reads user_id, stripe_subscription_id, stripe_price_id, quantity, the period and trial
-- dates, metadata, created_at and updated_at. 003 reads customer_id, product_id,
-- organization_id, amount, currency, interval and interval_count.
CREATE TABLE subscriptions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid REFERENCES organizations (id),
  customer_id uuid NOT NULL REFERENCES customers (id),
  user_id uuid REFERENCES users (id) ON DELETE CASCADE,
  product_id uuid REFERENCES products (id),
  stripe_subscription_id text UNIQUE,
  stripe_price_id text REFERENCES prices (id),
  status text NOT NULL CHECK (status IN ('trialing', 'active', 'past_due', 'canceled', 'incomplete', 'incomplete_expired', 'unpaid', 'paused')),
  amount integer,
  currency text DEFAULT 'usd',
  interval text,
  interval_count integer DEFAULT 1,
  quantity integer DEFAULT 1,
  cancel_at_period_end boolean DEFAULT false,
  current_period_start timestamptz NOT NULL,
  current_period_end timestamptz NOT NULL,
  trial_start timestamptz,
  trial_end timestamptz,
  cancel_at timestamptz,
  canceled_at timestamptz,
  ended_at timestamptz,
  metadata jsonb DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- 000's plan change tracking (becomes 003's audit table in place).
CREATE TABLE subscription_changes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  subscription_id uuid NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
  user_id uuid REFERENCES users (id),
  change_type text NOT NULL CHECK (change_type IN ('upgraded', 'downgraded', 'cancelled', 'reactivated')),
  from_price_id text,
  to_price_id text,
  proration_amount integer,
  effective_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- 000's "simple payment method storage", keyed by the Stripe payment method ID.
CREATE TABLE payment_methods (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  stripe_customer_id text NOT NULL,
  type text NOT NULL,
  brand text,
  last4 text,
  exp_month integer,
  exp_year integer,
  is_default boolean DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE checkout_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organizations (id),
  customer_id uuid REFERENCES customers (id) ON DELETE CASCADE,
  product_id uuid REFERENCES products (id),
  stripe_checkout_session_id text UNIQUE,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'completed', 'expired', 'canceled')),
  amount integer,
  currency text DEFAULT 'usd',
  success_url text,
  cancel_url text,
  expires_at timestamptz NOT NULL,
  completed_at timestamptz,
  metadata jsonb DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE payment_intents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid REFERENCES customers (id) ON DELETE CASCADE,
  subscription_id uuid REFERENCES subscriptions (id) ON DELETE SET NULL,
  checkout_session_id uuid REFERENCES checkout_sessions (id) ON DELETE SET NULL,
  stripe_payment_intent_id text NOT NULL UNIQUE,
  amount integer NOT NULL,
  currency text NOT NULL DEFAULT 'usd',
  status text NOT NULL,
  metadata jsonb DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE feature_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  customer_id uuid NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  feature_id uuid NOT NULL REFERENCES features (id),
  subscription_id uuid REFERENCES subscriptions (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz,
  metadata jsonb DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_events (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  stripe_event_id text NOT NULL UNIQUE,
  type text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'processing', 'processed', 'failed', 'deferred')),
  payload jsonb NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  error_message text,
  processed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
