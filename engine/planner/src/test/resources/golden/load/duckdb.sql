-- stage a CSV with column types
CREATE OR REPLACE TABLE "main"."_rocky_load_0" AS
SELECT * FROM read_csv('/data/o''brien.csv', header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false, ignore_errors = false, auto_detect = true, sample_size = -1, types = {'amount': 'DECIMAL(10,2)', 'it''s': 'VARCHAR'});

-- the structure check of a CSV that did not read
SELECT count(*) FROM read_csv('/data/o''brien.csv', header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, null_padding = false, ignore_errors = false, auto_detect = false, columns = {'id': 'VARCHAR', 'amount': 'VARCHAR', 'it''s': 'VARCHAR'});

-- stage a Parquet file
CREATE OR REPLACE TABLE "main"."_rocky_load_0" AS
SELECT * FROM read_parquet('/data/orders.parquet');

-- stage a JSON-lines file
CREATE OR REPLACE TABLE "main"."_rocky_load_0" AS
SELECT * FROM read_json('/data/events.jsonl', format = 'newline_delimited', records = true, auto_detect = true, sample_size = -1);

-- count
SELECT count(*) FROM "main"."_rocky_load_0";

-- move, appending
INSERT INTO "raw"."order_items" BY NAME
SELECT * FROM "main"."_rocky_load_0";
DROP TABLE IF EXISTS "main"."_rocky_load_0";

-- move with --create --truncate
CREATE SCHEMA IF NOT EXISTS "raw";
CREATE TABLE IF NOT EXISTS "raw"."order_items" AS
SELECT * FROM "main"."_rocky_load_0" WHERE 1 = 0;
DELETE FROM "raw"."order_items";
INSERT INTO "raw"."order_items" BY NAME
SELECT * FROM "main"."_rocky_load_0";
DROP TABLE IF EXISTS "main"."_rocky_load_0";

-- replace (a seed)
CREATE OR REPLACE TABLE "raw"."order_items" AS
SELECT * FROM "main"."_rocky_load_0";
DROP TABLE IF EXISTS "main"."_rocky_load_0";

