{{ config(materialized='ephemeral') }}

select
    order_id,
    sum(amount) as total_amount,
    count(*) as payment_count
from {{ ref('stg_payments') }}
group by order_id
