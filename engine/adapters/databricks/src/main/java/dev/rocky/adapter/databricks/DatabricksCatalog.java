package dev.rocky.adapter.databricks;

import com.databricks.sdk.service.sql.StatementParameterListItem;
import dev.rocky.core.port.QueryResult;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Metadata from Unity Catalog's {@code system.information_schema}: names are passed as statement
 * parameters, never spliced into the SQL, and compared in lower case as Unity Catalog stores them.
 * An absent catalog means the statement's default catalog ({@code current_catalog()}).
 */
final class DatabricksCatalog {
  private static final String IN_CATALOG = "COALESCE(:catalog, current_catalog())";

  private final Function<SqlRequest, QueryResult> query;

  DatabricksCatalog(Function<SqlRequest, QueryResult> query) {
    this.query = query;
  }

  Optional<List<TypedColumn>> describe(TargetRef table) {
    QueryResult result = query.apply(request("describing " + table.qualifiedName(),
        "SELECT column_name, full_data_type, is_nullable FROM system.information_schema.columns "
            + "WHERE table_catalog = " + IN_CATALOG + " AND table_schema = lower(:schema) AND table_name = lower(:table) "
            + "ORDER BY ordinal_position", table.catalog(), table.schema(), table.table()));
    if (result.rows().isEmpty()) {
      return Optional.empty();
    }
    List<TypedColumn> columns = new ArrayList<>();
    for (List<@Nullable Object> row : result.rows()) {
      columns.add(new TypedColumn(String.valueOf(row.get(0)), TypeNames.fromSql(String.valueOf(row.get(1))),
          !"NO".equalsIgnoreCase(String.valueOf(row.get(2)))));
    }
    return Optional.of(columns);
  }

  boolean exists(TargetRef table) {
    return !query.apply(request("looking up " + table.qualifiedName(),
        "SELECT table_name FROM system.information_schema.tables WHERE table_catalog = " + IN_CATALOG
            + " AND table_schema = lower(:schema) AND table_name = lower(:table)", table.catalog(), table.schema(),
        table.table())).rows().isEmpty();
  }

  List<String> schemas(@Nullable String catalog) {
    return strings(query.apply(request("listing schemas",
        "SELECT schema_name FROM system.information_schema.schemata WHERE catalog_name = " + IN_CATALOG
            + " AND schema_name <> 'information_schema' ORDER BY schema_name", catalog, null, null)));
  }

  List<TargetRef> tables(@Nullable String catalog, String schema) {
    return strings(query.apply(request("listing the tables of " + schema,
        "SELECT table_name FROM system.information_schema.tables WHERE table_catalog = " + IN_CATALOG
            + " AND table_schema = lower(:schema) ORDER BY table_name", catalog, schema, null)))
        .stream().map(t -> new TargetRef(catalog, schema, t)).toList();
  }

  private static List<String> strings(QueryResult result) {
    return result.rows().stream().map(r -> String.valueOf(r.get(0))).toList();
  }

  private static SqlRequest request(String doing, String sql, @Nullable String catalog, @Nullable String schema,
      @Nullable String table) {
    List<StatementParameterListItem> params = new ArrayList<>();
    params.add(SqlRequest.string("catalog", catalog == null || catalog.isEmpty() ? null : catalog));
    if (sql.contains(":schema")) {
      params.add(SqlRequest.string("schema", schema == null ? "default" : schema));
    }
    if (sql.contains(":table")) {
      params.add(SqlRequest.string("table", table));
    }
    return new SqlRequest(sql, params, null, doing);
  }
}
