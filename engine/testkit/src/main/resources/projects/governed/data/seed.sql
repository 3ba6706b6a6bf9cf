CREATE SCHEMA IF NOT EXISTS raw;

CREATE OR REPLACE TABLE raw.people (
    id BIGINT NOT NULL,
    full_name VARCHAR NOT NULL,
    email VARCHAR NOT NULL,
    phone VARCHAR,
    ssn VARCHAR,
    employee_code VARCHAR NOT NULL,
    country VARCHAR NOT NULL
);

INSERT INTO raw.people VALUES
    (1, 'Ada Lovelace', 'ada@example.com', '+44 20 7946 0018', '123-45-6789', 'E-001', 'gb'),
    (2, 'Alan Turing', 'alan@example.com', NULL, '987-65-4321', 'E-002', 'gb'),
    (3, 'Grace Hopper', 'grace@example.com', '555', NULL, 'E-003', 'us');
