package dev.rocky.testkit.contract;

import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.TargetRef;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What the contract categories ({@link StrategyContract}, {@link CloneContract}, ...) need from the
 * test class that runs them: the adapter under test, its {@link ContractDialect}, and the scratch
 * schema the test class creates before and drops after each test.
 */
public interface WarehouseFixture {

  WarehouseAdapter adapter();

  ContractDialect contractDialect();

  /** The schema each test works in; created before and dropped after each test. */
  String scratchSchema();

  /** The catalog of the scratch schema in three-part names, or null for the session's current one. */
  default @Nullable String scratchCatalog() {
    return null;
  }

  default TargetRef table(String name) {
    return new TargetRef(scratchCatalog(), scratchSchema(), name);
  }

  /** The quoted, qualified name of a table in the scratch schema, for SQL text. */
  default String qualified(String name) {
    ContractDialect d = contractDialect();
    String catalog = scratchCatalog();
    String schema = d.quote(scratchSchema()) + "." + d.quote(name);
    return catalog == null ? schema : d.quote(catalog) + "." + schema;
  }

  /** The rows of a query with whole numbers as Long, so warehouses compare alike. */
  default List<List<@Nullable Object>> rows(String sql) {
    List<List<@Nullable Object>> out = new ArrayList<>();
    for (List<@Nullable Object> row : adapter().query(sql).rows()) {
      List<@Nullable Object> normal = new ArrayList<>(row.size());
      for (Object value : row) {
        normal.add(normalize(value));
      }
      out.add(normal);
    }
    return out;
  }

  /** Whole numbers of any Java type as Long; everything else unchanged. */
  static @Nullable Object normalize(@Nullable Object value) {
    return switch (value) {
      case Integer i -> i.longValue();
      case Short s -> s.longValue();
      case Byte b -> b.longValue();
      case BigInteger b -> b.longValueExact();
      case BigDecimal d when d.stripTrailingZeros().scale() <= 0 -> d.longValueExact();
      case null, default -> value;
    };
  }

  /** Lower-cased column names: warehouses that fold unquoted names to upper case compare alike. */
  static List<String> lower(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }
}
