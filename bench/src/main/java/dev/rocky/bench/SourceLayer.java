package dev.rocky.bench;

import static dev.rocky.bench.ColumnType.BIGINT;
import static dev.rocky.bench.ColumnType.BOOLEAN;
import static dev.rocky.bench.ColumnType.DATE;
import static dev.rocky.bench.ColumnType.DOUBLE;
import static dev.rocky.bench.ColumnType.INTEGER;
import static dev.rocky.bench.ColumnType.TIMESTAMP;
import static dev.rocky.bench.ColumnType.VARCHAR;

import java.util.ArrayList;
import java.util.List;

/**
 * Source models: each reads its own typed raw table, renames ingestion-tool column names to the
 * house names, casts, rounds, and passes 0-8 extra columns through.
 */
final class SourceLayer {
  static final List<String> ENTITIES = List.of(
      "orders", "customers", "payments", "products", "shipments", "invoices", "sessions", "events",
      "accounts", "refunds", "subscriptions", "reviews", "carts", "vendors", "campaigns", "tickets");

  private static final List<Column> EXTRAS = List.of(
      Column.of("region", VARCHAR), Column.of("channel", VARCHAR), Column.of("currency", VARCHAR),
      Column.of("country_code", VARCHAR), Column.of("quantity", INTEGER), Column.of("priority", INTEGER),
      Column.of("discount", ColumnType.decimal(5, 2)), Column.of("tax_amount", ColumnType.decimal(12, 2)),
      Column.of("score", DOUBLE), Column.of("weight", DOUBLE), Column.of("is_active", BOOLEAN),
      Column.of("signup_date", DATE));

  static final ColumnType AMOUNT = ColumnType.decimal(10, 2);

  /** A raw table and the source model that reads it. */
  record Built(RawTable raw, GeneratedModel model) {}

  private SourceLayer() {}

  static Built build(int index, Dice dice) {
    String entity = dice.pick(ENTITIES);
    String table = entity + "_" + index;
    // Half the raw tables use ingestion-tool names that the source model renames.
    boolean vendorNames = dice.chance(0.5);
    String refColumn = vendorNames ? Roles.singular(dice.pick(ENTITIES)) + "_id" : "ref_id";
    String nameColumn = vendorNames ? Roles.singular(entity) + "_name" : "name";
    String timeColumn = vendorNames ? "_fivetran_synced" : "updated_at";

    List<Column> raw = new ArrayList<>();
    SelectList select = new SelectList();
    raw.add(new Column("id", BIGINT, false));
    select.add("id", Column.of("id", BIGINT));
    raw.add(Column.of(refColumn, BIGINT));
    select.add(refColumn, Column.of("ref_id", BIGINT));
    raw.add(Column.of(nameColumn, VARCHAR));
    select.add(nameColumn, Column.of("name", VARCHAR));
    raw.add(Column.of("category", VARCHAR));
    select.add("category", Column.of("category", VARCHAR));
    if (vendorNames) {
      raw.add(Column.of("status_code", INTEGER));
      select.add("CAST(status_code AS VARCHAR)", Column.of("status", VARCHAR));
      raw.add(Column.of("amount_raw", DOUBLE));
      select.add("ROUND(CAST(amount_raw AS DECIMAL(10, 2)), 2)", Column.of("amount", AMOUNT));
    } else {
      raw.add(Column.of("status", VARCHAR));
      select.add("status", Column.of("status", VARCHAR));
      raw.add(Column.of("amount", ColumnType.decimal(12, 4)));
      select.add("ROUND(CAST(amount AS DECIMAL(10, 2)), 2)", Column.of("amount", AMOUNT));
    }
    raw.add(Column.of(timeColumn, TIMESTAMP));
    select.add(timeColumn, Column.of("updated_at", TIMESTAMP));
    for (Column extra : dice.sample(EXTRAS, dice.between(0, 8))) {
      raw.add(extra);
      select.add(extra.name(), extra);
    }

    RawTable rawTable = new RawTable(table, raw);
    String sql = "SELECT\n" + select.render("    ") + "FROM " + rawTable.qualifiedName() + "\n";
    GeneratedModel model = new GeneratedModel(
        "src_" + table, Variant.SOURCE, 1, sql, null, select.columns(), List.of(), rawTable.qualifiedName());
    return new Built(rawTable, model);
  }
}
