package dev.rocky.planner.quality;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.sql.Identifiers;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The statements that create a unit test's fixture table from literal rows, on DuckDB (where unit
 * tests run). A column whose type is known (the upstream model's inferred schema, or a declared
 * source) is cast to it, so a fixture's {@code "2026-01-01"} becomes a DATE when the model reads a
 * DATE; other columns keep the type of their literals.
 */
public final class FixtureSql {
  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
  private final SqlDialect dialect;

  public FixtureSql(SqlDialect dialect) {
    this.dialect = dialect;
  }

  /** A fixture column; {@code type} is null when unknown. */
  public record Column(String name, @Nullable RockyType type) {
    public Column {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A fixture: the table named after its {@code ref}, its columns and rows (one value per column, NULL allowed). */
  public record Table(TableName table, List<Column> columns, List<List<@Nullable Object>> rows) {
    public Table {
      Objects.requireNonNull(table, "table");
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  /** The table a {@code ref} names: {@code name}, {@code schema.name} or {@code catalog.schema.name}. */
  public TableName tableOf(String ref) {
    String[] parts = ref.split("\\.", -1);
    return switch (parts.length) {
      case 1 -> new TableName(null, dialect.defaultSchema(), parts[0]);
      case 2 -> new TableName(null, parts[0], parts[1]);
      case 3 -> new TableName(parts[0], parts[1], parts[2]);
      default -> throw invalid("a fixture ref is name, schema.name or catalog.schema.name: " + ref);
    };
  }

  /** The statements creating the fixture's schema (and catalog) and table. */
  public List<String> create(Table fixture) {
    List<String> out = new ArrayList<>();
    TableName t = fixture.table();
    if (t.catalog() != null) {
      out.add("ATTACH IF NOT EXISTS ':memory:' AS " + dialect.quoteIdentifier(t.catalog()));
    }
    out.add("CREATE SCHEMA IF NOT EXISTS " + dialect.schema(t));
    if (fixture.rows().isEmpty()) {
      out.add("CREATE TABLE " + dialect.table(t) + " (" + fixture.columns().stream()
          .map(c -> col(c.name()) + " " + sqlType(c.type()).orElseThrow(() -> invalid("fixture " + t.qualifiedName()
              + " has no rows and the type of its column " + c.name() + " is unknown; give at least one row")))
          .collect(Collectors.joining(", ")) + ")");
      return out;
    }
    String names = fixture.columns().stream().map(c -> col(c.name())).collect(Collectors.joining(", "));
    String select = fixture.columns().stream()
        .map(c -> sqlType(c.type()).map(type -> "CAST(" + col(c.name()) + " AS " + type + ") AS " + col(c.name()))
            .orElse(col(c.name())))
        .collect(Collectors.joining(", "));
    String values = fixture.rows().stream()
        .map(row -> "(" + row.stream().map(this::literal).collect(Collectors.joining(", ")) + ")")
        .collect(Collectors.joining(",\n  "));
    out.add("CREATE TABLE " + dialect.table(t) + " AS SELECT " + select + " FROM (VALUES\n  " + values
        + ") AS _rocky_fixture(" + names + ")");
    return out;
  }

  /** A SQL literal for a TOML value: numbers, strings, booleans, dates and times. */
  public String literal(@Nullable Object value) {
    return switch (value) {
      case null -> "NULL";
      case Boolean b -> b ? "TRUE" : "FALSE";
      case Integer i -> i.toString();
      case Long l -> l.toString();
      case Short s -> s.toString();
      case BigInteger i -> i.toString();
      case BigDecimal d -> d.toPlainString();
      case Double d when Double.isFinite(d) -> BigDecimal.valueOf(d).toPlainString();
      case Float f when Float.isFinite(f) -> new BigDecimal(f.toString()).toPlainString();
      case String s -> dialect.stringLiteral(s);
      case LocalDate d -> "DATE " + dialect.stringLiteral(d.toString());
      case LocalDateTime t -> "TIMESTAMP " + dialect.stringLiteral(t.format(TIMESTAMP));
      case OffsetDateTime t -> "TIMESTAMPTZ " + dialect.stringLiteral(t.toString());
      case LocalTime t -> "TIME " + dialect.stringLiteral(t.toString());
      default -> throw invalid("a fixture value must be a number, string, boolean, date or time, not " + value);
    };
  }

  /** DuckDB's spelling of a Rocky type, when it has a plain one. */
  static Optional<String> sqlType(@Nullable RockyType type) {
    if (type == null) {
      return Optional.empty();
    }
    return switch (type) {
      case RockyType.Simple s -> switch (s) {
        case BOOLEAN -> Optional.of("BOOLEAN");
        case INT32 -> Optional.of("INTEGER");
        case INT64 -> Optional.of("BIGINT");
        case FLOAT32 -> Optional.of("REAL");
        case FLOAT64 -> Optional.of("DOUBLE");
        case STRING -> Optional.of("VARCHAR");
        case BINARY -> Optional.of("BLOB");
        case DATE -> Optional.of("DATE");
        case TIMESTAMP, TIMESTAMP_NTZ -> Optional.of("TIMESTAMP");
        case VARIANT, UNKNOWN -> Optional.empty();
      };
      case RockyType.Decimal d -> Optional.of(d.display());
      case RockyType.Array a -> Optional.empty();
      case RockyType.MapOf m -> Optional.empty();
      case RockyType.Struct s -> Optional.empty();
    };
  }

  private String col(String name) {
    return dialect.quoteIdentifier(Identifiers.requireQuotable("fixture column", name));
  }

  private static RockyException invalid(String message) {
    return new RockyException(QualityErrorCode.QUALITY_INVALID_FIXTURE, message);
  }
}
