{{ config(materialized='incremental') }}

select
    order_id,
    customer_id,
    order_date,
    status
from {{ ref('stg_orders') }}
where status != 'returned'
{% if is_incremental() %}
  and order_date > (select max(order_date) from {{ this }})
{% endif %}
