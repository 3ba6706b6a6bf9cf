package dev.rocky.compiler.bind;

import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A hand-written {@link SchemaLookup} for unit tests. Columns are written {@code "name TYPE"} or
 * {@code "name TYPE NOT NULL"}. Qualified names under a declared schema that are not sources are
 * Unknown with a known namespace (E002); other unknown names are plain Unknown.
 */
final class TestLookup implements SchemaLookup {
  private final Map<String, Resolution> tables = new LinkedHashMap<>();
  private final List<String> declaredSchemas = new ArrayList<>();

  /** raw.orders, raw.customers (declared schema raw), a complete model stg and a partial model part. */
  static TestLookup standard() {
    return new TestLookup()
        .source("raw.orders", "id BIGINT NOT NULL", "customer_id BIGINT NOT NULL", "amount DECIMAL(10,2)",
            "qty INTEGER", "price DOUBLE", "status VARCHAR", "ts TIMESTAMP", "d DATE", "flag BOOLEAN NOT NULL",
            "tags VARCHAR[]", "meta STRUCT<a INTEGER, b VARCHAR>")
        .source("raw.customers", "id INTEGER NOT NULL", "name VARCHAR", "code VARCHAR", "score REAL")
        .model("stg", true, "id BIGINT NOT NULL", "label VARCHAR")
        .model("part", false, "id BIGINT NOT NULL");
  }

  TestLookup source(String qualified, String... columns) {
    String[] parts = qualified.split("\\.");
    if (parts.length > 1 && !declaredSchemas.contains(parts[parts.length - 2])) {
      declaredSchemas.add(parts[parts.length - 2]);
    }
    tables.put(qualified, new Resolution.Source(qualified, new ModelSchema(qualified, columns(columns), true)));
    return this;
  }

  TestLookup model(String name, boolean complete, String... columns) {
    tables.put(name, new Resolution.Model(name, new ModelSchema(name, columns(columns), complete)));
    return this;
  }

  @Override
  public Resolution resolve(List<String> nameParts) {
    String key = String.join(".", nameParts).toLowerCase(Locale.ROOT);
    Resolution r = tables.get(key);
    if (r != null) {
      return r;
    }
    boolean declared = nameParts.size() > 1
        && declaredSchemas.contains(nameParts.get(nameParts.size() - 2).toLowerCase(Locale.ROOT));
    return new Resolution.Unknown(declared);
  }

  @Override
  public Collection<String> knownTableNames() {
    return tables.keySet();
  }

  static List<TypedColumn> columns(String... specs) {
    List<TypedColumn> out = new ArrayList<>();
    for (String spec : specs) {
      boolean notNull = spec.toUpperCase(Locale.ROOT).endsWith(" NOT NULL");
      String s = notNull ? spec.substring(0, spec.length() - " NOT NULL".length()) : spec;
      int space = s.indexOf(' ');
      out.add(new TypedColumn(s.substring(0, space), TypeNames.fromSql(s.substring(space + 1)), !notNull));
    }
    return out;
  }
}
