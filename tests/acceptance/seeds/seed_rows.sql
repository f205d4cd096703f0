-- A few realistic rows in the "before" state (before.sql), so tests can check that migrating to
-- schema.yaml loses nothing. Fixed IDs and timestamps keep the rows comparable across runs.
-- Every row also satisfies the target's new constraints (unique_active_subscription,
-- check_subscription_dates, check_positive_payment_amount, payment_methods ->
-- customers.stripe_customer_id, the widened subscription_changes.change_type list).
-- Rows: organizations 2, users 4, customers 5, products 3, prices 4, features 3,
-- subscriptions 4, subscription_changes 2, payment_methods 3, checkout_sessions 2,
-- payment_intents 2, feature_grants 3, webhook_events 2.

INSERT INTO organizations (id, name, slug, created_at, updated_at) VALUES
  ('0a000000-0000-4000-8000-000000000001', 'Acme Analytics', 'acme', '2024-01-10 09:00:00+00', '2024-01-10 09:00:00+00'),
  ('0a000000-0000-4000-8000-000000000002', 'Globex Corp',    'globex', '2024-02-01 12:30:00+00', '2024-03-05 08:15:00+00');

INSERT INTO users (id, email, full_name, avatar_url, billing_address, created_at) VALUES
  ('0b000000-0000-4000-8000-000000000001', 'alice@acme.test',   'Alice Martin', 'https://cdn.example.test/a/alice.png', '{"city": "Lyon", "country": "FR", "postal_code": "69002"}', '2024-01-10 09:05:00+00'),
  ('0b000000-0000-4000-8000-000000000002', 'bob@acme.test',     'Bob Okafor',   NULL, NULL, '2024-01-22 14:40:00+00'),
  ('0b000000-0000-4000-8000-000000000003', 'carol@globex.test', 'Carol Nguyen', NULL, '{"city": "Austin", "country": "US", "state": "TX"}', '2024-02-01 12:35:00+00'),
  ('0b000000-0000-4000-8000-000000000004', 'dave@example.test', 'Dave Ruiz',    NULL, NULL, '2024-03-18 16:00:00+00');

-- Erin is a checkout-only customer with no app user and no Stripe customer yet; Frank is soft-deleted.
INSERT INTO customers (id, organization_id, user_id, email, name, external_id, stripe_customer_id, metadata, has_active_subscription, subscription_count, created_at, updated_at, deleted_at) VALUES
  ('0c000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000001', 'alice@acme.test',   'Alice Martin', 'usr_1001', 'cus_PmA1liceXq01', '{"source": "signup"}', true,  1, '2024-01-10 09:06:00+00', '2024-04-02 10:00:00+00', NULL),
  ('0c000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000002', 'bob@acme.test',     'Bob Okafor',   'usr_1002', 'cus_PmB0bOkafr02', '{}', true,  1, '2024-01-22 14:41:00+00', '2024-01-22 14:41:00+00', NULL),
  ('0c000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000003', 'carol@globex.test', 'Carol Nguyen', NULL,       'cus_PmCar0lNgy03', '{}', false, 1, '2024-02-01 12:36:00+00', '2024-06-30 23:59:59+00', NULL),
  ('0c000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', NULL,                                   'erin+billing@gmail.com', 'Erin Walsh', 'crm-1042', NULL,  '{"utm_campaign": "spring"}', true, 1, '2024-03-01 08:00:00+00', '2024-03-01 08:00:00+00', NULL),
  ('0c000000-0000-4000-8000-000000000005', '0a000000-0000-4000-8000-000000000002', NULL,                                   'frank@globex.test', 'Frank Lee',    'crm-0007', NULL,               '{}', false, 0, '2024-02-10 10:00:00+00', '2024-05-01 09:00:00+00', '2024-05-01 09:00:00+00');

INSERT INTO products (id, stripe_product_id, name, description, active, metadata, metrics_last_calculated_at) VALUES
  ('0d000000-0000-4000-8000-000000000001', 'prod_QStarter0001', 'Starter',    'For individuals getting started', true,  '{"tier": "starter"}', '2024-06-01 03:00:00+00'),
  ('0d000000-0000-4000-8000-000000000002', 'prod_QPro00000002', 'Pro',        'For growing teams',               true,  '{"tier": "professional", "seats": "10"}', NULL),
  ('0d000000-0000-4000-8000-000000000003', 'prod_QEnterprise3', 'Enterprise', 'Custom contracts and SSO',        false, NULL, NULL);

INSERT INTO prices (id, product_id, active, description, unit_amount, currency, type, interval, interval_count, trial_period_days, metadata) VALUES
  ('price_1StarterMonthly', 'prod_QStarter0001', true, 'Starter monthly', 900,   'usd', 'recurring', 'month', 1, 14,   '{}'),
  ('price_1ProMonthly0000', 'prod_QPro00000002', true, 'Pro monthly',     2900,  'usd', 'recurring', 'month', 1, 14,   '{}'),
  ('price_1ProYearly00000', 'prod_QPro00000002', true, 'Pro yearly',      29000, 'usd', 'recurring', 'year',  1, NULL, '{"discount": "2 months free"}'),
  ('price_1EntSetupFee000', 'prod_QEnterprise3', true, 'Onboarding fee',  50000, 'eur', 'one_time',  NULL,    NULL, NULL, NULL);

INSERT INTO features (id, key, name, description, created_at) VALUES
  ('0e000000-0000-4000-8000-000000000001', 'api_access',       'API access',       'REST and webhook API',         '2024-01-01 00:00:00+00'),
  ('0e000000-0000-4000-8000-000000000002', 'sso',              'Single sign-on',   'SAML and OIDC login',          '2024-01-01 00:00:00+00'),
  ('0e000000-0000-4000-8000-000000000003', 'priority_support', 'Priority support', 'Four-hour response time',      '2024-01-01 00:00:00+00');

INSERT INTO subscriptions (id, organization_id, customer_id, user_id, product_id, stripe_subscription_id, stripe_price_id, status, amount, currency, interval, interval_count, quantity, cancel_at_period_end, current_period_start, current_period_end, trial_start, trial_end, cancel_at, canceled_at, ended_at, metadata, created_at, updated_at) VALUES
  ('0f000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000001', '0d000000-0000-4000-8000-000000000002', 'sub_1AliceProMonthly', 'price_1ProMonthly0000', 'active',   2900,  'usd', 'month', 1, 3, false, '2024-06-10 00:00:00+00', '2024-07-10 00:00:00+00', NULL, NULL, NULL, NULL, NULL, '{"seats": 3}', '2024-01-10 09:10:00+00', '2024-06-10 00:00:05+00'),
  ('0f000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000002', '0b000000-0000-4000-8000-000000000002', '0d000000-0000-4000-8000-000000000001', 'sub_1BobStarterTrial', 'price_1StarterMonthly', 'trialing', 900,   'usd', 'month', 1, 1, false, '2024-06-20 00:00:00+00', '2024-07-04 00:00:00+00', '2024-06-20 00:00:00+00', '2024-07-04 00:00:00+00', NULL, NULL, NULL, '{}', '2024-06-20 00:00:00+00', '2024-06-20 00:00:00+00'),
  ('0f000000-0000-4000-8000-000000000003', '0a000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000003', '0d000000-0000-4000-8000-000000000002', 'sub_1CarolProYearly0', 'price_1ProYearly00000', 'canceled', 29000, 'usd', 'year',  1, 1, true,  '2023-07-01 00:00:00+00', '2024-07-01 00:00:00+00', NULL, NULL, '2024-07-01 00:00:00+00', '2024-06-30 23:59:59+00', '2024-07-01 00:00:00+00', '{}', '2023-07-01 00:00:00+00', '2024-07-01 00:00:01+00'),
  ('0f000000-0000-4000-8000-000000000004', '0a000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000004', NULL,                                   '0d000000-0000-4000-8000-000000000001', 'sub_1ErinStarter0000', 'price_1StarterMonthly', 'active',   900,   'usd', 'month', 1, 1, false, '2024-06-01 00:00:00+00', '2024-07-01 00:00:00+00', NULL, NULL, NULL, NULL, NULL, '{"checkout": "hosted"}', '2024-03-01 08:05:00+00', '2024-06-01 00:00:02+00');

INSERT INTO subscription_changes (id, subscription_id, user_id, change_type, from_price_id, to_price_id, proration_amount, effective_at, created_at) VALUES
  ('1a000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000001', '0b000000-0000-4000-8000-000000000001', 'upgraded',  'price_1StarterMonthly', 'price_1ProMonthly0000', 1333, '2024-04-02 10:00:00+00', '2024-04-02 10:00:00+00'),
  ('1a000000-0000-4000-8000-000000000002', '0f000000-0000-4000-8000-000000000003', '0b000000-0000-4000-8000-000000000003', 'cancelled', 'price_1ProYearly00000', NULL,                    NULL, '2024-07-01 00:00:00+00', '2024-06-30 23:59:59+00');

INSERT INTO payment_methods (id, user_id, stripe_customer_id, type, brand, last4, exp_month, exp_year, is_default, created_at) VALUES
  ('pm_1AliceVisa000001', '0b000000-0000-4000-8000-000000000001', 'cus_PmA1liceXq01', 'card', 'visa',       '4242', 12, 2027, true,  '2024-01-10 09:08:00+00'),
  ('pm_1AliceAmex000002', '0b000000-0000-4000-8000-000000000001', 'cus_PmA1liceXq01', 'card', 'amex',       '0005', 3,  2026, false, '2024-03-15 11:20:00+00'),
  ('pm_1BobMastercard03', '0b000000-0000-4000-8000-000000000002', 'cus_PmB0bOkafr02', 'card', 'mastercard', '4444', 8,  2028, true,  '2024-06-20 00:00:00+00');

INSERT INTO checkout_sessions (id, organization_id, customer_id, product_id, stripe_checkout_session_id, status, amount, currency, success_url, cancel_url, expires_at, completed_at, metadata, created_at, updated_at) VALUES
  ('1b000000-0000-4000-8000-000000000001', '0a000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000004', '0d000000-0000-4000-8000-000000000001', 'cs_test_a1ErinStarter', 'completed', 900,  'usd', 'https://app.globex.test/welcome', 'https://app.globex.test/pricing', '2024-03-02 08:00:00+00', '2024-03-01 08:04:30+00', '{}', '2024-03-01 08:00:00+00', '2024-03-01 08:04:30+00'),
  ('1b000000-0000-4000-8000-000000000002', '0a000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000002', '0d000000-0000-4000-8000-000000000002', 'cs_test_b1BobPro00000', 'pending',   2900, 'usd', 'https://app.acme.test/welcome',   'https://app.acme.test/pricing',   '2024-07-02 09:00:00+00', NULL, '{"upgrade_from": "starter"}', '2024-07-01 09:00:00+00', '2024-07-01 09:00:00+00');

INSERT INTO payment_intents (id, customer_id, subscription_id, checkout_session_id, stripe_payment_intent_id, amount, currency, status, metadata, created_at, updated_at) VALUES
  ('1c000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000004', '0f000000-0000-4000-8000-000000000004', '1b000000-0000-4000-8000-000000000001', 'pi_3ErinFirstCharge01', 900,  'usd', 'succeeded',               '{}', '2024-03-01 08:04:00+00', '2024-03-01 08:04:30+00'),
  ('1c000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000001', NULL,                                   'pi_3AliceRenewal0602', 2900, 'usd', 'requires_payment_method', '{"attempt": 1}', '2024-06-10 00:00:10+00', '2024-06-10 00:00:12+00');

INSERT INTO feature_grants (id, customer_id, feature_id, subscription_id, granted_at, expires_at, metadata, created_at) VALUES
  ('1d000000-0000-4000-8000-000000000001', '0c000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000001', '0f000000-0000-4000-8000-000000000001', '2024-04-02 10:00:00+00', NULL, '{}', '2024-04-02 10:00:00+00'),
  ('1d000000-0000-4000-8000-000000000002', '0c000000-0000-4000-8000-000000000001', '0e000000-0000-4000-8000-000000000003', '0f000000-0000-4000-8000-000000000001', '2024-04-02 10:00:00+00', NULL, '{}', '2024-04-02 10:00:00+00'),
  ('1d000000-0000-4000-8000-000000000003', '0c000000-0000-4000-8000-000000000002', '0e000000-0000-4000-8000-000000000001', NULL,                                   '2024-06-20 00:00:00+00', '2024-09-30 00:00:00+00', '{"granted_by": "support", "ticket": "SUP-482"}', '2024-06-20 00:00:00+00');

INSERT INTO webhook_events (id, stripe_event_id, type, status, payload, attempts, error_message, processed_at, created_at) VALUES
  ('1e000000-0000-4000-8000-000000000001', 'evt_1ErinCheckoutDone', 'checkout.session.completed', 'processed', '{"id": "evt_1ErinCheckoutDone", "data": {"object": {"id": "cs_test_a1ErinStarter"}}}', 1, NULL, '2024-03-01 08:04:35+00', '2024-03-01 08:04:31+00'),
  ('1e000000-0000-4000-8000-000000000002', 'evt_1AliceInvoiceFail', 'invoice.payment_failed',     'deferred',  '{"id": "evt_1AliceInvoiceFail", "data": {"object": {"customer": "cus_PmA1liceXq01"}}}', 2, 'customer locked by another worker', NULL, '2024-06-10 00:00:15+00');
