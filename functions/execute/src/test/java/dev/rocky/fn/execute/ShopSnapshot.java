package dev.rocky.fn.execute;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.fn.compile.testing.ProjectZips;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small project for the end-to-end tests: two raw tables, an incremental staging model, a view,
 * a table joining them; the raw data is loaded into the warehouse by {@link #seed}.
 */
final class ShopSnapshot {
  static final Map<String, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put("rocky.toml", ProjectZips.rockyToml("shop", ""));
    FILES.put("sources/raw.toml", """
        [[table]]
        schema = "raw"
        name = "orders"
        columns = [
          { name = "order_id", type = "INTEGER", nullable = false },
          { name = "customer_id", type = "INTEGER" },
          { name = "amount", type = "DECIMAL(10,2)" },
          { name = "updated_at", type = "TIMESTAMP" },
        ]

        [[table]]
        schema = "raw"
        name = "customers"
        columns = [
          { name = "customer_id", type = "INTEGER", nullable = false },
          { name = "country", type = "VARCHAR" },
        ]
        """);
    FILES.put("models/_defaults.toml", "[freshness]\nmax_lag_seconds = 86400\n");
    FILES.put("models/stg_orders.sql", "SELECT order_id, customer_id, amount, updated_at FROM raw.orders\n");
    FILES.put("models/stg_orders.toml", "[strategy]\ntype = \"incremental\"\ntimestamp_column = \"updated_at\"\n");
    FILES.put("models/stg_customers.sql", "SELECT customer_id, upper(country) AS country FROM raw.customers\n");
    FILES.put("models/stg_customers.toml", "[strategy]\ntype = \"view\"\n");
    FILES.put("models/fct_revenue_by_country.sql", """
        SELECT c.country, count(*) AS orders, sum(o.amount) AS revenue
        FROM stg_orders AS o
        JOIN stg_customers AS c ON c.customer_id = o.customer_id
        GROUP BY c.country
        """);
  }

  private ShopSnapshot() {}

  static byte[] zip() {
    return ProjectZips.of(FILES);
  }

  /** The raw tables, as a loader would land them. */
  static void seed(WarehouseAdapter warehouse) {
    warehouse.execute("CREATE SCHEMA IF NOT EXISTS raw");
    warehouse.execute("CREATE TABLE raw.orders (order_id INTEGER NOT NULL, customer_id INTEGER,"
        + " amount DECIMAL(10,2), updated_at TIMESTAMP)");
    warehouse.execute("INSERT INTO raw.orders VALUES (1, 10, 25.00, TIMESTAMP '2026-03-01 09:00:00'),"
        + " (2, 11, 40.50, TIMESTAMP '2026-03-01 10:00:00'), (3, 10, 12.25, TIMESTAMP '2026-03-02 08:30:00')");
    warehouse.execute("CREATE TABLE raw.customers (customer_id INTEGER NOT NULL, country VARCHAR)");
    warehouse.execute("INSERT INTO raw.customers VALUES (10, 'gb'), (11, 'fi')");
  }
}
