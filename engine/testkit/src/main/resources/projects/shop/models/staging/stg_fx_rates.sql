SELECT
  upper(currency) AS currency,
  rate_date,
  usd_rate
FROM raw.fx_rates
