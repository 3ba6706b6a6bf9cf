-- table tags from [governance.tags]
CREATE TAG IF NOT EXISTS "analytics"."marts"."domain";
CREATE TAG IF NOT EXISTS "analytics"."marts"."owner";
ALTER TABLE "analytics"."marts"."customers" SET TAG "analytics"."marts"."domain" = 'finance', "analytics"."marts"."owner" = 'o''brien';

-- view tags
CREATE TAG IF NOT EXISTS "analytics"."marts"."domain";
ALTER VIEW "analytics"."marts"."customers_v" SET TAG "analytics"."marts"."domain" = 'finance';

-- classification of a column
CREATE TAG IF NOT EXISTS "analytics"."marts"."classification";
ALTER TABLE "analytics"."marts"."customers" MODIFY COLUMN "EMAIL" SET TAG "analytics"."marts"."classification" = 'pii';

