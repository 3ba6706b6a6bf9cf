-- merge_update_columns (snowflake)

-- [1] MERGE
MERGE INTO "analytics"."marts"."fct" AS t
USING (
SELECT customer_id, region, lifetime_value FROM raw.customers
) AS s
ON t."CUSTOMER_ID" = s."CUSTOMER_ID" AND t."REGION" = s."REGION"
WHEN MATCHED THEN UPDATE SET t."LIFETIME_VALUE" = s."LIFETIME_VALUE"
WHEN NOT MATCHED THEN INSERT ("CUSTOMER_ID", "REGION", "LIFETIME_VALUE") VALUES (s."CUSTOMER_ID", s."REGION", s."LIFETIME_VALUE");
