-- catalog analytics
GRANT USE CATALOG ON CATALOG `analytics` TO `analysts`;
REVOKE USE CATALOG ON CATALOG `analytics` FROM `data team@corp.com`;
GRANT USE SCHEMA ON CATALOG `analytics` TO `analysts`;
REVOKE USE SCHEMA ON CATALOG `analytics` FROM `data team@corp.com`;
GRANT SELECT ON CATALOG `analytics` TO `analysts`;
REVOKE SELECT ON CATALOG `analytics` FROM `data team@corp.com`;
GRANT MODIFY ON CATALOG `analytics` TO `analysts`;
REVOKE MODIFY ON CATALOG `analytics` FROM `data team@corp.com`;
SHOW GRANTS ON CATALOG `analytics`;

-- schema analytics.marts
-- USE CATALOG: USE CATALOG is not a privilege Rocky manages on a Databricks schema (managed: MANAGE, MODIFY, SELECT, USE SCHEMA)
GRANT USE SCHEMA ON SCHEMA `analytics`.`marts` TO `analysts`;
REVOKE USE SCHEMA ON SCHEMA `analytics`.`marts` FROM `data team@corp.com`;
GRANT SELECT ON SCHEMA `analytics`.`marts` TO `analysts`;
REVOKE SELECT ON SCHEMA `analytics`.`marts` FROM `data team@corp.com`;
GRANT MODIFY ON SCHEMA `analytics`.`marts` TO `analysts`;
REVOKE MODIFY ON SCHEMA `analytics`.`marts` FROM `data team@corp.com`;
SHOW GRANTS ON SCHEMA `analytics`.`marts`;

-- table analytics.marts.customers
-- USE CATALOG: USE CATALOG is not a privilege Rocky manages on a Databricks table (managed: MANAGE, MODIFY, SELECT)
-- USE SCHEMA: USE SCHEMA is not a privilege Rocky manages on a Databricks table (managed: MANAGE, MODIFY, SELECT)
GRANT SELECT ON TABLE `analytics`.`marts`.`customers` TO `analysts`;
REVOKE SELECT ON TABLE `analytics`.`marts`.`customers` FROM `data team@corp.com`;
GRANT MODIFY ON TABLE `analytics`.`marts`.`customers` TO `analysts`;
REVOKE MODIFY ON TABLE `analytics`.`marts`.`customers` FROM `data team@corp.com`;
SHOW GRANTS ON TABLE `analytics`.`marts`.`customers`;

-- schema without a catalog
SHOW GRANTS ON SCHEMA `marts`;

