SELECT
  ranked.currency,
  ranked.usd_rate
FROM (
  SELECT
    currency,
    usd_rate,
    row_number() OVER (PARTITION BY currency ORDER BY rate_date DESC) AS rate_rank
  FROM stg_fx_rates
) AS ranked
WHERE ranked.rate_rank = 1
