package dev.rocky.compiler.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.port.ProjectSource;
import dev.rocky.core.project.SourceTable;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypeNames;
import dev.rocky.core.types.TypedColumn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Loads committed source schemas, {@code sources/*.toml}: {@code [[table]]} entries with an
 * optional catalog, a schema, a name and {@code columns = [{name, type, nullable}]}. Types are
 * warehouse SQL spellings; an unrecognised one is reported and the column kept as Unknown.
 */
final class SourcesLoader {
  static final String DIR = "sources";
  private static final DiagnosticCode CODE = DiagnosticCode.V030;

  private final ProjectSource source;
  private final TomlFiles toml;
  private final Binder binder;
  private final Findings findings;
  /** Parsed column types by spelling: a project repeats a handful of them thousands of times. */
  private final Map<String, Optional<RockyType>> types = new HashMap<>();

  SourcesLoader(ProjectSource source, TomlFiles toml, Binder binder, Findings findings) {
    this.source = source;
    this.toml = toml;
    this.binder = binder;
    this.findings = findings;
  }

  record File(@JsonProperty("table") @Nullable List<JsonNode> tables) {}

  record Table(
      @JsonProperty("catalog") @Nullable String catalog,
      @JsonProperty(value = "schema", required = true) String schema,
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "columns", required = true) List<Column> columns) {}

  record Column(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "type", required = true) String type,
      @JsonProperty("nullable") @Nullable Boolean nullable) {}

  List<SourceTable> load() {
    if (!source.isDirectory(DIR)) {
      return List.of();
    }
    List<String> files;
    try {
      files = source.listFiles(DIR);
    } catch (IOException e) {
      findings.report(CODE, SourceSpan.file(DIR), LoadMessages.cannotRead(DIR, e), LoadMessages.CHECK_PERMISSIONS);
      return List.of();
    }
    List<SourceTable> out = new ArrayList<>();
    for (String f : files) {
      if (f.endsWith(".toml")) {
        toml.readLiteral(f, CODE).ifPresent(doc -> out.addAll(tables(doc)));
      }
    }
    return out;
  }

  private List<SourceTable> tables(TomlDocument doc) {
    List<SourceTable> fast = FastSources.tables(doc, types);
    return fast != null ? fast : boundTables(doc);
  }

  /** The tables of a document bound strictly, reporting every problem (the reference for {@link FastSources}). */
  List<SourceTable> boundTables(TomlDocument doc) {
    List<SourceTable> out = new ArrayList<>();
    Binder.Site site = new Binder.Site(doc, List.of(), CODE);
    List<JsonNode> tables = binder.bind(doc.root(), File.class, site).map(File::tables).orElse(null);
    if (tables == null) {
      return out;
    }
    for (int t = 0; t < tables.size(); t++) {
      Table table = binder.bind(tables.get(t), Table.class, site.child("table").child(t)).orElse(null);
      if (table == null) {
        continue;
      }
      String qualified = (table.catalog() == null ? "" : table.catalog() + ".") + table.schema() + "." + table.name();
      List<TypedColumn> columns = new ArrayList<>();
      for (int c = 0; c < table.columns().size(); c++) {
        Column col = table.columns().get(c);
        RockyType type = parse(col, qualified, doc, List.of("table", t, "columns", c, "type")).orElse(RockyType.UNKNOWN);
        columns.add(new TypedColumn(col.name(), type, col.nullable() == null || col.nullable()));
      }
      out.add(new SourceTable(table.catalog(), table.schema(), table.name(), columns, doc.file(),
          doc.line(List.of("table", t))));
    }
    return out;
  }

  private Optional<RockyType> parse(Column col, String table, TomlDocument doc, List<Object> path) {
    Optional<RockyType> type = known(types, col.type());
    if (type.isEmpty()) {
      findings.report(CODE, doc.span(path), LoadMessages.unknownColumnType(col.type(), col.name(), table),
          LoadMessages.SQL_TYPE_NAMES);
    }
    return type;
  }

  /** The Rocky type of a SQL spelling, empty when it has an unknown part; memoised in {@code memo}. */
  static Optional<RockyType> known(Map<String, Optional<RockyType>> memo, String sqlType) {
    Optional<RockyType> t = memo.get(sqlType);
    if (t == null) {
      t = TypeNames.parseSql(sqlType).filter(ty -> !containsUnknown(ty));
      memo.put(sqlType, t);
    }
    return t;
  }

  private static boolean containsUnknown(RockyType type) {
    return switch (type) {
      case RockyType.Simple s -> s.isUnknown();
      case RockyType.Decimal d -> false;
      case RockyType.Array a -> containsUnknown(a.element());
      case RockyType.MapOf m -> containsUnknown(m.key()) || containsUnknown(m.value());
      case RockyType.Struct s -> s.fields().stream().anyMatch(f -> containsUnknown(f.type()));
    };
  }
}
