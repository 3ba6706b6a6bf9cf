-- table tags from [governance.tags]
ALTER TABLE `analytics`.`marts`.`customers` SET TAGS ('domain' = 'finance', 'owner' = 'o\'brien');

-- view tags
ALTER VIEW `analytics`.`marts`.`customers_v` SET TAGS ('domain' = 'finance');

-- classification of a column
ALTER TABLE `analytics`.`marts`.`customers` ALTER COLUMN `email` SET TAGS ('classification' = 'pii');

