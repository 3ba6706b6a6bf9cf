-- catalog analytics
GRANT USAGE ON DATABASE "analytics" TO ROLE "ANALYSTS";
REVOKE USAGE ON DATABASE "analytics" FROM ROLE "data team@corp.com";
-- USE SCHEMA: Snowflake has no USE SCHEMA on a database: grant USE CATALOG (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
-- SELECT: Snowflake has no SELECT on a database: grant USE CATALOG (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
-- MODIFY: Snowflake has no MODIFY on a database: grant USE CATALOG (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
SHOW GRANTS ON DATABASE "analytics";

-- schema analytics.marts
-- USE CATALOG: Snowflake has no USE CATALOG on a schema: grant USE SCHEMA (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
GRANT USAGE ON SCHEMA "analytics"."marts" TO ROLE "ANALYSTS";
REVOKE USAGE ON SCHEMA "analytics"."marts" FROM ROLE "data team@corp.com";
-- SELECT: Snowflake has no SELECT on a schema: grant USE SCHEMA (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
-- MODIFY: Snowflake has no MODIFY on a schema: grant USE SCHEMA (USAGE) on it, and SELECT or MODIFY on the models' tables with [governance] grants in their sidecars
SHOW GRANTS ON SCHEMA "analytics"."marts";

-- table analytics.marts.customers
-- USE CATALOG: USE CATALOG is not a privilege Rocky manages on a Snowflake table (SELECT, MODIFY, or one of DELETE, INSERT, SELECT, TRUNCATE, UPDATE)
-- USE SCHEMA: USE SCHEMA is not a privilege Rocky manages on a Snowflake table (SELECT, MODIFY, or one of DELETE, INSERT, SELECT, TRUNCATE, UPDATE)
GRANT SELECT ON TABLE "analytics"."marts"."customers" TO ROLE "ANALYSTS";
REVOKE SELECT ON TABLE "analytics"."marts"."customers" FROM ROLE "data team@corp.com";
GRANT INSERT ON TABLE "analytics"."marts"."customers" TO ROLE "ANALYSTS";
REVOKE INSERT ON TABLE "analytics"."marts"."customers" FROM ROLE "data team@corp.com";
GRANT UPDATE ON TABLE "analytics"."marts"."customers" TO ROLE "ANALYSTS";
REVOKE UPDATE ON TABLE "analytics"."marts"."customers" FROM ROLE "data team@corp.com";
GRANT DELETE ON TABLE "analytics"."marts"."customers" TO ROLE "ANALYSTS";
REVOKE DELETE ON TABLE "analytics"."marts"."customers" FROM ROLE "data team@corp.com";
GRANT TRUNCATE ON TABLE "analytics"."marts"."customers" TO ROLE "ANALYSTS";
REVOKE TRUNCATE ON TABLE "analytics"."marts"."customers" FROM ROLE "data team@corp.com";
SHOW GRANTS ON TABLE "analytics"."marts"."customers";

-- schema without a catalog
SHOW GRANTS ON SCHEMA "marts";

