SELECT *
FROM events
WHERE amount > @var(min_amount, 0) AND event_time >= @start_date AND event_time < @end_date
