-- The playground's raw data: a small web shop's customers, orders and payments,
-- as a loader (Fivetran, Airbyte, a nightly export) would land them in the
-- warehouse. Safe to run again: every table is replaced.
--
-- sources/raw.toml declares the same columns, so `rocky compile` knows their
-- types without connecting to the warehouse.

CREATE SCHEMA IF NOT EXISTS raw;

CREATE OR REPLACE TABLE raw.customers (
    id          BIGINT    NOT NULL,
    full_name   VARCHAR   NOT NULL,
    email       VARCHAR   NOT NULL,
    phone       VARCHAR,
    country     VARCHAR   NOT NULL,
    signup_date DATE      NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);

INSERT INTO raw.customers VALUES
    (1,  'Amara Okafor',     'amara.okafor@example.com',     '+234 1 555 0101', 'ng', DATE '2025-01-06', TIMESTAMP '2025-01-06 08:14:22'),
    (2,  'Lucas Bernard ',   'Lucas.Bernard@example.fr',     '+33 1 55 50 01 02', 'fr', DATE '2025-01-19', TIMESTAMP '2025-03-02 17:40:05'),
    (3,  'Mei Chen',         'mei.chen@example.sg',          NULL,              'SG', DATE '2025-02-03', TIMESTAMP '2025-02-03 11:02:47'),
    (4,  'Jonas Weber',      'JONAS.WEBER@EXAMPLE.DE',       '+49 30 5550 0104', 'de', DATE '2025-02-11', TIMESTAMP '2025-04-18 09:30:00'),
    (5,  'Sofia Rossi',      'sofia.rossi@example.it',       '+39 06 5550 0105', 'it', DATE '2025-02-27', TIMESTAMP '2025-02-27 21:15:39'),
    (6,  'Liam O''Brien',    'liam.obrien@example.ie',       '+353 1 555 0106', 'ie', DATE '2025-03-08', TIMESTAMP '2025-05-01 13:48:11'),
    (7,  'Priya Raman',      ' priya.raman@example.in',      '+91 80 5550 0107', 'in', DATE '2025-03-22', TIMESTAMP '2025-03-22 06:55:03'),
    (8,  'Mateo García',     'mateo.garcia@example.es',      '+34 91 555 0108', 'es', DATE '2025-04-02', TIMESTAMP '2025-06-12 19:20:44'),
    (9,  'Hannah Schmidt',   'hannah.schmidt@example.de',    NULL,              'de', DATE '2025-04-15', TIMESTAMP '2025-04-15 10:05:17'),
    (10, 'Kenji Watanabe',   'kenji.watanabe@example.jp',    '+81 3 5550 0110', 'jp', DATE '2025-05-09', TIMESTAMP '2025-05-09 02:41:58'),
    (11, 'Olivia Smith',     'olivia.smith@example.co.uk',   '+44 20 7946 0111', 'gb', DATE '2025-05-30', TIMESTAMP '2025-07-04 15:33:29'),
    (12, 'Noah Johnson',     'noah.johnson@example.com',     '+1 202 555 0112', 'us', DATE '2025-06-14', TIMESTAMP '2025-06-14 23:59:01');

CREATE OR REPLACE TABLE raw.orders (
    id          BIGINT        NOT NULL,
    customer_id BIGINT        NOT NULL,
    ordered_at  TIMESTAMP     NOT NULL,
    status      VARCHAR       NOT NULL,
    amount      DECIMAL(10,2) NOT NULL,
    updated_at  TIMESTAMP     NOT NULL
);

INSERT INTO raw.orders VALUES
    (1001, 1,  TIMESTAMP '2025-01-07 10:21:00', 'completed', 84.50,  TIMESTAMP '2025-01-10 09:00:00'),
    (1002, 2,  TIMESTAMP '2025-01-20 18:02:13', 'completed', 129.99, TIMESTAMP '2025-01-24 12:30:00'),
    (1003, 1,  TIMESTAMP '2025-02-01 08:45:51', 'Completed', 42.00,  TIMESTAMP '2025-02-04 16:12:00'),
    (1004, 3,  TIMESTAMP '2025-02-04 12:10:09', 'cancelled', 310.00, TIMESTAMP '2025-02-04 12:40:00'),
    (1005, 4,  TIMESTAMP '2025-02-12 09:33:27', 'completed', 18.75,  TIMESTAMP '2025-02-15 10:00:00'),
    (1006, 5,  TIMESTAMP '2025-03-01 20:05:44', 'refunded',  59.90,  TIMESTAMP '2025-03-09 11:11:00'),
    (1007, 2,  TIMESTAMP '2025-03-03 14:27:30', 'completed', 240.00, TIMESTAMP '2025-03-06 08:20:00'),
    (1008, 6,  TIMESTAMP '2025-03-09 16:18:02', 'completed', 73.20,  TIMESTAMP '2025-03-12 13:45:00'),
    (1009, 7,  TIMESTAMP '2025-03-23 07:12:45', 'SHIPPED',   155.00, TIMESTAMP '2025-03-25 07:00:00'),
    (1010, 4,  TIMESTAMP '2025-04-05 11:59:59', 'completed', 99.00,  TIMESTAMP '2025-04-08 15:30:00'),
    (1011, 8,  TIMESTAMP '2025-04-03 19:40:16', 'completed', 34.99,  TIMESTAMP '2025-04-07 18:00:00'),
    (1012, 1,  TIMESTAMP '2025-04-10 13:03:38', 'shipped',   212.40, TIMESTAMP '2025-04-12 09:15:00'),
    (1013, 9,  TIMESTAMP '2025-04-16 10:26:07', 'completed', 64.00,  TIMESTAMP '2025-04-19 10:10:00'),
    (1014, 5,  TIMESTAMP '2025-04-21 21:48:22', 'completed', 27.35,  TIMESTAMP '2025-04-24 20:00:00'),
    (1015, 10, TIMESTAMP '2025-05-10 03:17:49', 'completed', 480.00, TIMESTAMP '2025-05-14 04:00:00'),
    (1016, 3,  TIMESTAMP '2025-05-12 15:51:33', 'completed', 88.80,  TIMESTAMP '2025-05-15 09:45:00'),
    (1017, 11, TIMESTAMP '2025-05-31 12:00:00', 'test',      1.00,   TIMESTAMP '2025-05-31 12:05:00'),
    (1018, 11, TIMESTAMP '2025-06-02 09:14:55', 'completed', 145.25, TIMESTAMP '2025-06-05 11:20:00'),
    (1019, 6,  TIMESTAMP '2025-06-07 17:36:12', 'pending',   66.60,  TIMESTAMP '2025-06-07 17:36:12'),
    (1020, 12, TIMESTAMP '2025-06-15 08:08:08', 'completed', 39.95,  TIMESTAMP '2025-06-18 14:00:00'),
    (1021, 2,  TIMESTAMP '2025-06-20 22:19:41', 'completed', 17.50,  TIMESTAMP '2025-06-23 10:30:00'),
    (1022, 8,  TIMESTAMP '2025-06-28 10:44:03', 'cancelled', 120.00, TIMESTAMP '2025-06-28 11:00:00'),
    (1023, 10, TIMESTAMP '2025-07-02 06:30:27', 'shipped',   230.10, TIMESTAMP '2025-07-03 08:00:00'),
    (1024, 7,  TIMESTAMP '2025-07-05 13:57:19', 'completed', 52.00,  TIMESTAMP '2025-07-08 16:40:00'),
    (1025, 12, TIMESTAMP '2025-07-06 18:22:35', 'pending',   310.75, TIMESTAMP '2025-07-06 18:22:35');

CREATE OR REPLACE TABLE raw.payments (
    id       BIGINT        NOT NULL,
    order_id BIGINT        NOT NULL,
    method   VARCHAR       NOT NULL,
    status   VARCHAR       NOT NULL,
    amount   DECIMAL(10,2) NOT NULL,
    paid_at  TIMESTAMP     NOT NULL
);

INSERT INTO raw.payments VALUES
    (5001, 1001, 'card',          'succeeded', 84.50,  TIMESTAMP '2025-01-07 10:21:40'),
    (5002, 1002, 'paypal',        'succeeded', 129.99, TIMESTAMP '2025-01-20 18:03:02'),
    (5003, 1003, 'card',          'failed',    42.00,  TIMESTAMP '2025-02-01 08:46:10'),
    (5004, 1003, 'card',          'succeeded', 42.00,  TIMESTAMP '2025-02-01 08:49:33'),
    (5005, 1004, 'bank_transfer', 'failed',    310.00, TIMESTAMP '2025-02-04 12:11:00'),
    (5006, 1005, 'gift_card',     'succeeded', 18.75,  TIMESTAMP '2025-02-12 09:33:59'),
    (5007, 1006, 'card',          'succeeded', 59.90,  TIMESTAMP '2025-03-01 20:06:12'),
    (5008, 1006, 'card',          'refunded',  59.90,  TIMESTAMP '2025-03-09 11:10:40'),
    (5009, 1007, 'bank_transfer', 'succeeded', 240.00, TIMESTAMP '2025-03-04 09:00:00'),
    (5010, 1008, 'paypal',        'succeeded', 73.20,  TIMESTAMP '2025-03-09 16:18:45'),
    (5011, 1009, 'card',          'succeeded', 155.00, TIMESTAMP '2025-03-23 07:13:20'),
    (5012, 1010, 'card',          'succeeded', 99.00,  TIMESTAMP '2025-04-05 12:00:31'),
    (5013, 1011, 'paypal',        'succeeded', 34.99,  TIMESTAMP '2025-04-03 19:41:00'),
    (5014, 1012, 'card',          'succeeded', 150.00, TIMESTAMP '2025-04-10 13:04:02'),
    (5015, 1012, 'gift_card',     'succeeded', 62.40,  TIMESTAMP '2025-04-10 13:04:05'),
    (5016, 1013, 'card',          'succeeded', 64.00,  TIMESTAMP '2025-04-16 10:26:51'),
    (5017, 1014, 'card',          'succeeded', 27.35,  TIMESTAMP '2025-04-21 21:48:50'),
    (5018, 1015, 'bank_transfer', 'succeeded', 480.00, TIMESTAMP '2025-05-11 10:00:00'),
    (5019, 1016, 'paypal',        'succeeded', 88.80,  TIMESTAMP '2025-05-12 15:52:10'),
    (5020, 1017, 'card',          'succeeded', 1.00,   TIMESTAMP '2025-05-31 12:00:20'),
    (5021, 1018, 'card',          'succeeded', 145.25, TIMESTAMP '2025-06-02 09:15:30'),
    (5022, 1020, 'card',          'succeeded', 39.95,  TIMESTAMP '2025-06-15 08:08:41'),
    (5023, 1021, 'paypal',        'succeeded', 17.50,  TIMESTAMP '2025-06-20 22:20:05'),
    (5024, 1023, 'card',          'succeeded', 230.10, TIMESTAMP '2025-07-02 06:31:00'),
    (5025, 1024, 'gift_card',     'succeeded', 52.00,  TIMESTAMP '2025-07-05 13:57:44');
