package dev.rocky.bench;

/**
 * A DuckDB column type as {@code information_schema.columns.data_type} spells it, with the
 * family the generator chooses columns by. The aggregate rules are DuckDB's, so a generated
 * project doubles as a type oracle: the test compares them with what DuckDB reports.
 */
public record ColumnType(String sql, Family family, int scale) {

  /** What a column can be used for in generated SQL. */
  public enum Family { INTEGER, DECIMAL, FLOAT, STRING, TIMESTAMP, DATE, BOOLEAN }

  public static final ColumnType INTEGER = new ColumnType("INTEGER", Family.INTEGER, 0);
  public static final ColumnType BIGINT = new ColumnType("BIGINT", Family.INTEGER, 0);
  public static final ColumnType HUGEINT = new ColumnType("HUGEINT", Family.INTEGER, 0);
  public static final ColumnType DOUBLE = new ColumnType("DOUBLE", Family.FLOAT, 0);
  public static final ColumnType VARCHAR = new ColumnType("VARCHAR", Family.STRING, 0);
  public static final ColumnType TIMESTAMP = new ColumnType("TIMESTAMP", Family.TIMESTAMP, 0);
  public static final ColumnType DATE = new ColumnType("DATE", Family.DATE, 0);
  public static final ColumnType BOOLEAN = new ColumnType("BOOLEAN", Family.BOOLEAN, 0);

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType("DECIMAL(" + precision + "," + scale + ")", Family.DECIMAL, scale);
  }

  public boolean numeric() {
    return family == Family.INTEGER || family == Family.DECIMAL || family == Family.FLOAT;
  }

  /** The type of {@code SUM(x)} (also as a window aggregate) for an {@code x} of this type. */
  public ColumnType sum() {
    return switch (family) {
      case INTEGER -> HUGEINT;
      case DECIMAL -> decimal(38, scale);
      case FLOAT -> DOUBLE;
      default -> throw new IllegalStateException("SUM of " + sql);
    };
  }

  /** The type of {@code AVG(x)} for an {@code x} of this type. */
  public ColumnType avg() {
    if (!numeric()) {
      throw new IllegalStateException("AVG of " + sql);
    }
    return DOUBLE;
  }
}
