-- create schema
CREATE SCHEMA IF NOT EXISTS "acme_warehouse"."staging__shopify";

-- first copy
CREATE TABLE "acme_warehouse"."staging__shopify"."orders" AS
SELECT "id", "status", "amount", "_fivetran_synced", CAST('rocky' AS VARCHAR) AS "_loaded_by", CAST(CURRENT_TIMESTAMP AS TIMESTAMP) AS "_loaded_at"
FROM "raw"."src__acme__shopify"."orders";

-- full refresh
CREATE OR REPLACE TABLE "acme_warehouse"."staging__shopify"."orders" AS
SELECT "id", "status", "amount", "_fivetran_synced", CAST('rocky' AS VARCHAR) AS "_loaded_by", CAST(CURRENT_TIMESTAMP AS TIMESTAMP) AS "_loaded_at"
FROM "raw"."src__acme__shopify"."orders";

-- incremental
INSERT INTO "acme_warehouse"."staging__shopify"."orders" ("id", "status", "amount", "_fivetran_synced", "_loaded_by", "_loaded_at")
SELECT "id", "status", "amount", "_fivetran_synced", CAST('rocky' AS VARCHAR) AS "_loaded_by", CAST(CURRENT_TIMESTAMP AS TIMESTAMP) AS "_loaded_at"
FROM "raw"."src__acme__shopify"."orders"
WHERE "_fivetran_synced" > TIMESTAMP '2026-03-01 12:30:00.250000';

-- watermark
SELECT MAX("_fivetran_synced") FROM "acme_warehouse"."staging__shopify"."orders";

-- merge
MERGE INTO "acme_warehouse"."staging__shopify"."orders" AS t
USING (
SELECT "id", "status", "amount", "_fivetran_synced", CAST('rocky' AS VARCHAR) AS "_loaded_by", CAST(CURRENT_TIMESTAMP AS TIMESTAMP) AS "_loaded_at"
FROM "raw"."src__acme__shopify"."orders"
) AS s
ON t."id" = s."id"
WHEN MATCHED THEN UPDATE SET "status" = s."status", "amount" = s."amount", "_fivetran_synced" = s."_fivetran_synced", "_loaded_by" = s."_loaded_by", "_loaded_at" = s."_loaded_at"
WHEN NOT MATCHED THEN INSERT ("id", "status", "amount", "_fivetran_synced", "_loaded_by", "_loaded_at") VALUES (s."id", s."status", s."amount", s."_fivetran_synced", s."_loaded_by", s."_loaded_at");

-- view
CREATE OR REPLACE VIEW "acme_warehouse"."staging__shopify"."orders" AS
SELECT "id", "status", "amount", "_fivetran_synced", CAST('rocky' AS VARCHAR) AS "_loaded_by", CAST(CURRENT_TIMESTAMP AS TIMESTAMP) AS "_loaded_at"
FROM "raw"."src__acme__shopify"."orders";

-- drift: ALTER_COLUMN_TYPE
ALTER TABLE "acme_warehouse"."staging__shopify"."orders" ALTER COLUMN "id" TYPE BIGINT;

-- drift: ADD_COLUMN
ALTER TABLE "acme_warehouse"."staging__shopify"."orders" ADD COLUMN "note" VARCHAR;

-- drift: ALTER_COLUMN_TYPE
ALTER TABLE "acme_warehouse"."staging__shopify"."orders" ALTER COLUMN "amount" TYPE DECIMAL(18,2);

-- drift: DROP_TABLE
DROP TABLE IF EXISTS "acme_warehouse"."staging__shopify"."orders";
