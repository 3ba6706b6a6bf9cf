package dev.rocky.app.quality.testing;

import dev.rocky.core.port.QueryResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.quality.FixtureSql;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.SqlText;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Runs {@code [[test]]} unit tests, each on a fresh in-memory DuckDB holding only its fixtures: a
 * table per {@code given} ref ({@code stg_orders} in the default schema, {@code raw.orders} in
 * {@code raw}), typed like the upstream where its columns are known (and with its other columns,
 * NULL, so a fixture names only the columns a test is about); then the model's SQL as
 * written, and its rows compared with the expected ones.
 */
public final class UnitTestRunner {
  private final Supplier<WarehouseAdapter> databases;
  private final Function<String, List<TypedColumn>> schemas;

  /**
   * @param databases opens a new, empty in-memory DuckDB
   * @param schemas the known columns of a ref (an upstream model's inferred schema, a declared
   *     source), or none
   */
  public UnitTestRunner(Supplier<WarehouseAdapter> databases, Function<String, List<TypedColumn>> schemas) {
    this.databases = databases;
    this.schemas = schemas;
  }

  public UnitTestResult run(Model model, UnitTest test) {
    try (WarehouseAdapter db = databases.get()) {
      FixtureSql fixtures = new FixtureSql(SqlDialect.of(db.dialect()));
      for (UnitTest.Given given : test.given()) {
        fixtures.create(fixture(fixtures, given)).forEach(db::execute);
      }
      QueryResult actual = db.query(SqlText.trimEnd(model.sql(), SqlDialect.of(db.dialect())));
      List<RowMismatch> mismatches = RowComparison.compare(test.expected(), actual, test.ordered());
      if (mismatches.isEmpty()) {
        return new UnitTestResult(model.name(), test.name(), true, null, List.of());
      }
      String summary = mismatches.size() + " row" + (mismatches.size() == 1 ? "" : "s") + " differ: "
          + mismatches.stream().map(RowMismatch::describe).collect(Collectors.joining("; "));
      return new UnitTestResult(model.name(), test.name(), false, summary, mismatches);
    } catch (RuntimeException e) {
      return new UnitTestResult(model.name(), test.name(), false, oneLine(e), List.of());
    }
  }

  private FixtureSql.Table fixture(FixtureSql sql, UnitTest.Given given) {
    List<TypedColumn> known = schemas.apply(given.ref());
    Map<String, RockyType> types = new HashMap<>();
    known.forEach(c -> types.put(c.name().toLowerCase(Locale.ROOT), c.type()));
    Set<String> names = new LinkedHashSet<>();
    given.rows().forEach(r -> names.addAll(r.keySet()));
    Set<String> written = new HashSet<>();
    names.forEach(n -> written.add(n.toLowerCase(Locale.ROOT)));
    known.stream().filter(c -> !written.contains(c.name().toLowerCase(Locale.ROOT))).forEach(c -> names.add(c.name()));
    List<FixtureSql.Column> columns = names.stream()
        .map(c -> new FixtureSql.Column(c, types.get(c.toLowerCase(Locale.ROOT)))).toList();
    List<List<@Nullable Object>> rows = new ArrayList<>();
    for (Map<String, @Nullable Object> r : given.rows()) {
      List<@Nullable Object> row = new ArrayList<>();
      names.forEach(c -> row.add(r.get(c)));
      rows.add(row);
    }
    return new FixtureSql.Table(sql.tableOf(given.ref()), columns, rows);
  }

  static String oneLine(RuntimeException e) {
    String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    return m.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.joining(" "));
  }
}
