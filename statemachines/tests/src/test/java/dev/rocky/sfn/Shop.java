package dev.rocky.sfn;

import dev.rocky.core.port.WarehouseAdapter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The project the workflow tests run: six models in three layers.
 *
 * <pre>
 * layer 0   stg_customers (view)   stg_orders (incremental)   stg_payments (table)
 * layer 1   fct_revenue_by_country (customers, orders)         fct_payments_by_order (payments)
 * layer 2   rpt_order_health (orders, payments by order)
 * </pre>
 *
 * {@code stg_payments} casts {@code raw.payments.method} to an integer: with {@link #seed}'s
 * {@code badPayments} the raw data holds a word there and the model fails for good at run time
 * (a DuckDB conversion error), which must skip {@code fct_payments_by_order} and, through it,
 * {@code rpt_order_health}, while the other three build.
 */
final class Shop {
  static final String FAILING = "stg_payments";

  private Shop() {}

  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rocky.toml", """
        [adapter.local]
        type = "duckdb"
        path = "warehouse.duckdb"

        [pipeline.shop]
        type = "transformation"
        models = "models/**"

        [pipeline.shop.target]
        adapter = "local"
        """);
    files.put("sources/raw.toml", """
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

        [[table]]
        schema = "raw"
        name = "payments"
        columns = [
          { name = "payment_id", type = "INTEGER", nullable = false },
          { name = "order_id", type = "INTEGER" },
          { name = "method", type = "VARCHAR" },
          { name = "amount", type = "DECIMAL(10,2)" },
        ]
        """);
    files.put("models/stg_orders.sql", "SELECT order_id, customer_id, amount, updated_at FROM raw.orders\n");
    files.put("models/stg_orders.toml", "[strategy]\ntype = \"incremental\"\ntimestamp_column = \"updated_at\"\n");
    files.put("models/stg_customers.sql", "SELECT customer_id, upper(country) AS country FROM raw.customers\n");
    files.put("models/stg_customers.toml", "[strategy]\ntype = \"view\"\n");
    files.put("models/stg_payments.sql",
        "SELECT payment_id, order_id, CAST(method AS INTEGER) AS method_code, amount FROM raw.payments\n");
    files.put("models/fct_revenue_by_country.sql", """
        SELECT c.country, count(*) AS orders, sum(o.amount) AS revenue
        FROM stg_orders AS o
        JOIN stg_customers AS c ON c.customer_id = o.customer_id
        GROUP BY c.country
        """);
    files.put("models/fct_payments_by_order.sql", """
        SELECT order_id, count(*) AS payments, sum(amount) AS paid
        FROM stg_payments
        GROUP BY order_id
        """);
    files.put("models/rpt_order_health.sql", """
        SELECT o.order_id, o.amount, p.paid, o.amount - coalesce(p.paid, 0) AS outstanding
        FROM stg_orders AS o
        LEFT JOIN fct_payments_by_order AS p ON p.order_id = o.order_id
        """);
    return files;
  }

  /** The project with a compile error: a model reads a column its upstream does not have. */
  static Map<String, String> withCompileError() {
    Map<String, String> files = files();
    files.put("models/fct_revenue_by_country.sql", """
        SELECT c.country, count(*) AS orders, sum(o.no_such_column) AS revenue
        FROM stg_orders AS o
        JOIN stg_customers AS c ON c.customer_id = o.customer_id
        GROUP BY c.country
        """);
    return files;
  }

  static byte[] zip(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static void write(Map<String, String> files, Path root) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path path = root.resolve(f.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The raw tables; with {@code badPayments}, a payment method that is not a number. */
  static void seed(WarehouseAdapter warehouse, boolean badPayments) {
    warehouse.execute("CREATE SCHEMA IF NOT EXISTS raw");
    warehouse.execute("CREATE TABLE raw.orders (order_id INTEGER NOT NULL, customer_id INTEGER,"
        + " amount DECIMAL(10,2), updated_at TIMESTAMP)");
    warehouse.execute("INSERT INTO raw.orders VALUES (1, 10, 25.00, TIMESTAMP '2026-03-01 09:00:00'),"
        + " (2, 11, 40.50, TIMESTAMP '2026-03-01 10:00:00'), (3, 10, 12.25, TIMESTAMP '2026-03-02 08:30:00')");
    warehouse.execute("CREATE TABLE raw.customers (customer_id INTEGER NOT NULL, country VARCHAR)");
    warehouse.execute("INSERT INTO raw.customers VALUES (10, 'gb'), (11, 'fi')");
    warehouse.execute("CREATE TABLE raw.payments (payment_id INTEGER NOT NULL, order_id INTEGER, method VARCHAR,"
        + " amount DECIMAL(10,2))");
    warehouse.execute("INSERT INTO raw.payments VALUES (100, 1, '1', 25.00), (101, 2, '2', 20.00), (102, 2, "
        + (badPayments ? "'card'" : "'1'") + ", 20.50)");
  }
}
