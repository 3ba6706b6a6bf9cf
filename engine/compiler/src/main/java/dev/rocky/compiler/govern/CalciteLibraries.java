package dev.rocky.compiler.govern;

import dev.rocky.core.project.Dialect;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.LibraryOperator;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperators;

/**
 * What Calcite's per-library operator tables say about our dialects: for each function
 * {@link SqlLibraryOperators} declares, the dialects whose library lists it ({@code SNOWFLAKE} for
 * Snowflake; {@code SPARK} and {@code HIVE} for Databricks). Calcite has no DuckDB library. This is
 * evidence of support only: a library that does not list a function may still have it.
 */
final class CalciteLibraries {
  private CalciteLibraries() {}

  private static final Map<String, Set<Dialect>> SUPPORT = read();

  /** The dialects Calcite's tables say have {@code function} (upper-case name), possibly none. */
  static Set<Dialect> support(String function) {
    return SUPPORT.getOrDefault(function.toUpperCase(Locale.ROOT), Set.of());
  }

  /** Every library function Calcite knows, with the dialects it lists it for. */
  static Map<String, Set<Dialect>> all() {
    return SUPPORT;
  }

  private static Map<String, Set<Dialect>> read() {
    Map<String, Set<Dialect>> out = new HashMap<>();
    for (Field field : SqlLibraryOperators.class.getFields()) {
      LibraryOperator libraries = field.getAnnotation(LibraryOperator.class);
      if (libraries == null || !Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      Object value;
      try {
        value = field.get(null);
      } catch (IllegalAccessException e) {
        continue;
      }
      if (!(value instanceof SqlOperator operator)) {
        continue;
      }
      Set<Dialect> dialects = out.computeIfAbsent(operator.getName().toUpperCase(Locale.ROOT),
          k -> EnumSet.noneOf(Dialect.class));
      for (SqlLibrary library : libraries.libraries()) {
        switch (library) {
          case SNOWFLAKE -> dialects.add(Dialect.SNOWFLAKE);
          case SPARK, HIVE -> dialects.add(Dialect.DATABRICKS);
          default -> { }
        }
      }
    }
    Map<String, Set<Dialect>> frozen = new HashMap<>();
    out.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
