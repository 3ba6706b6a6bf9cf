SELECT *, (amount + tax) * quantity AS total, amount - tax - discount AS net, amount / (quantity - 1) AS ratio, 'it''s fixed' AS label
FROM orders
