-- Raw tables as a loader (Fivetran, Airbyte, ...) would land them, with a few rows each.
CREATE SCHEMA IF NOT EXISTS raw;

CREATE TABLE raw.customers (
  customer_id INTEGER NOT NULL,
  email VARCHAR,
  first_name VARCHAR,
  last_name VARCHAR,
  country_code VARCHAR,
  created_at TIMESTAMP,
  _loaded_at TIMESTAMP
);
INSERT INTO raw.customers VALUES
  (1, 'Ada@Example.com ', 'Ada', 'Lovelace', 'gb', TIMESTAMP '2025-11-02 09:15:00', TIMESTAMP '2026-01-05 00:00:00'),
  (2, 'grace@example.com', 'Grace', 'Hopper', 'us', TIMESTAMP '2025-12-11 14:02:00', TIMESTAMP '2026-01-05 00:00:00'),
  (3, 'linus@example.com', 'Linus', 'Torvalds', 'fi', TIMESTAMP '2026-01-01 08:00:00', TIMESTAMP '2026-01-05 00:00:00'),
  (4, NULL, 'Margaret', 'Hamilton', 'us', TIMESTAMP '2026-01-02 17:45:00', TIMESTAMP '2026-01-05 00:00:00');

CREATE TABLE raw.products (
  product_id INTEGER NOT NULL,
  sku VARCHAR,
  product_name VARCHAR,
  category VARCHAR,
  unit_price DECIMAL(10,2),
  cost_price DECIMAL(10,2),
  is_active BOOLEAN
);
INSERT INTO raw.products VALUES
  (10, 'KB-001', 'Mechanical keyboard', 'Peripherals', 89.00, 41.50, true),
  (11, 'MS-002', 'Wireless mouse', 'Peripherals', 29.90, 11.20, true),
  (12, 'MN-003', '27in monitor', 'Displays', 249.00, 160.00, true),
  (13, 'CB-004', 'USB-C cable', 'Accessories', 9.90, 2.10, false);

CREATE TABLE raw.orders (
  order_id INTEGER NOT NULL,
  customer_id INTEGER,
  order_status VARCHAR,
  ordered_at TIMESTAMP NOT NULL,
  currency VARCHAR,
  shipping_fee DECIMAL(10,2),
  updated_at TIMESTAMP
);
INSERT INTO raw.orders VALUES
  (100, 1, 'COMPLETED', TIMESTAMP '2026-01-02 10:00:00', 'GBP', 4.99, TIMESTAMP '2026-01-04 09:00:00'),
  (101, 2, 'completed', TIMESTAMP '2026-01-02 11:30:00', 'USD', 0.00, TIMESTAMP '2026-01-03 12:00:00'),
  (102, 2, 'shipped', TIMESTAMP '2026-01-03 16:20:00', 'USD', 5.00, TIMESTAMP '2026-01-04 08:00:00'),
  (103, 3, 'cancelled', TIMESTAMP '2026-01-03 18:05:00', 'EUR', 3.50, TIMESTAMP '2026-01-03 19:00:00'),
  (104, 4, 'placed', TIMESTAMP '2026-01-04 07:55:00', 'USD', 5.00, TIMESTAMP '2026-01-04 07:55:00');

CREATE TABLE raw.order_items (
  order_item_id INTEGER NOT NULL,
  order_id INTEGER,
  product_id INTEGER,
  quantity INTEGER,
  unit_price DECIMAL(10,2),
  discount_amount DECIMAL(10,2)
);
INSERT INTO raw.order_items VALUES
  (1000, 100, 10, 1, 89.00, 0.00),
  (1001, 100, 13, 2, 9.90, 1.00),
  (1002, 101, 12, 1, 249.00, 25.00),
  (1003, 102, 11, 2, 29.90, 0.00),
  (1004, 103, 10, 1, 89.00, 0.00),
  (1005, 104, 12, 2, 249.00, 0.00);

CREATE TABLE raw.payments (
  payment_id INTEGER NOT NULL,
  order_id INTEGER,
  payment_method VARCHAR,
  amount DECIMAL(10,2),
  status VARCHAR,
  paid_at TIMESTAMP
);
INSERT INTO raw.payments VALUES
  (500, 100, 'card', 112.79, 'success', TIMESTAMP '2026-01-02 10:01:00'),
  (501, 101, 'paypal', 224.00, 'success', TIMESTAMP '2026-01-02 11:31:00'),
  (502, 102, 'card', 64.80, 'success', TIMESTAMP '2026-01-03 16:21:00'),
  (503, 103, 'card', 92.50, 'failed', TIMESTAMP '2026-01-03 18:06:00'),
  (504, 104, 'gift_card', 50.00, 'success', TIMESTAMP '2026-01-04 07:56:00'),
  (505, 104, 'card', 453.00, 'success', TIMESTAMP '2026-01-04 07:57:00');

CREATE TABLE raw.shipments (
  shipment_id INTEGER NOT NULL,
  order_id INTEGER,
  carrier VARCHAR,
  shipped_at TIMESTAMP,
  delivered_at TIMESTAMP
);
INSERT INTO raw.shipments VALUES
  (900, 100, 'Royal Mail', TIMESTAMP '2026-01-02 15:00:00', TIMESTAMP '2026-01-04 11:00:00'),
  (901, 101, 'UPS', TIMESTAMP '2026-01-02 18:00:00', TIMESTAMP '2026-01-03 10:30:00'),
  (902, 102, 'UPS', TIMESTAMP '2026-01-04 09:00:00', NULL);

CREATE TABLE raw.refunds (
  refund_id INTEGER NOT NULL,
  order_id INTEGER,
  amount DECIMAL(10,2),
  reason VARCHAR,
  refunded_at TIMESTAMP
);
INSERT INTO raw.refunds VALUES
  (700, 101, 25.00, 'damaged_box', TIMESTAMP '2026-01-04 13:00:00');

CREATE TABLE raw.web_events (
  event_id BIGINT NOT NULL,
  session_id VARCHAR,
  customer_id INTEGER,
  event_type VARCHAR,
  page_url VARCHAR,
  occurred_at TIMESTAMP NOT NULL
);
INSERT INTO raw.web_events VALUES
  (1, 's-1', 1, 'page_view', '/products/kb-001', TIMESTAMP '2026-01-02 09:50:00'),
  (2, 's-1', 1, 'add_to_cart', '/products/kb-001', TIMESTAMP '2026-01-02 09:55:00'),
  (3, 's-1', 1, 'checkout', '/checkout', TIMESTAMP '2026-01-02 09:59:00'),
  (4, 's-2', NULL, 'page_view', '/', TIMESTAMP '2026-01-03 12:00:00'),
  (5, 's-3', 2, 'page_view', '/products/ms-002', TIMESTAMP '2026-01-03 16:00:00'),
  (6, 's-3', 2, 'checkout', '/checkout', TIMESTAMP '2026-01-03 16:19:00');

CREATE TABLE raw.fx_rates (
  currency VARCHAR NOT NULL,
  rate_date DATE,
  usd_rate DECIMAL(12,6)
);
INSERT INTO raw.fx_rates VALUES
  ('USD', DATE '2026-01-01', 1.000000),
  ('GBP', DATE '2026-01-01', 1.270000),
  ('EUR', DATE '2026-01-01', 1.090000);
