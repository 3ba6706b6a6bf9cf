-- ext.ad_spend is not declared anywhere: its columns cannot be named (W002).
SELECT * FROM ext.ad_spend
