-- A time-interval model: @start_date and @end_date are bound at run time (typed Timestamp).
SELECT order_id, order_date, net_total
FROM fct_orders
WHERE order_date >= @start_date
  AND order_date < @end_date
