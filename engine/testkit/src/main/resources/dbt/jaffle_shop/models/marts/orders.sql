{{
    config(
        materialized='incremental',
        unique_key='order_id'
    )
}}

with orders as (

    select * from {{ ref('stg_orders') }}

),

payments as (

    select * from {{ ref('order_payments') }}

)

select
    orders.order_id,
    orders.customer_id,
    orders.order_date,
    orders.status,
    coalesce(payments.total_amount, 0) as amount
from orders
left join payments on orders.order_id = payments.order_id

{% if is_incremental() %}
where orders.order_date >= (select max(order_date) from {{ this }})
{% endif %}
