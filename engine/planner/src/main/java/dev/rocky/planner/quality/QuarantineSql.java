package dev.rocky.planner.quality;

import dev.rocky.core.error.RockyException;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Quarantine statements for one table, Rocky's way: only row-level assertions of severity
 * {@code error} quarantine; each predicate is evaluated once. {@code split} first writes every
 * row with one label per assertion into a working table named by a per-run token, then the
 * quarantine table (rows with a label set, labels under their {@code _error_} names) and the
 * valid table (rows without, labels left out), then drops the working table. {@code drop} writes
 * the passing rows; {@code tag} rewrites the source with its labels, replacing labels it already had.
 */
public final class QuarantineSql {
  private final SqlDialect dialect;
  private final AssertionSql assertions;
  private final QualityDialect spelling;

  public QuarantineSql(SqlDialect dialect) {
    this.dialect = dialect;
    this.assertions = new AssertionSql(dialect);
    this.spelling = new QualityDialect(dialect);
  }

  /** The assertions that quarantine rows: row-level, severity error. */
  public static List<Assertion> quarantining(List<Assertion> all) {
    return all.stream().filter(a -> a.kind().rowLevel() && a.severity() == CheckSeverity.ERROR).toList();
  }

  /**
   * @param token a fresh hex token per run, naming the working table and columns of {@code split}
   * @param existingColumns the source's columns (for {@code tag}, labels it already has are replaced)
   * @return empty when no assertion quarantines
   */
  public Optional<QuarantinePlan> plan(TableName source, List<Assertion> all, QuarantineMode mode, String suffixValid,
      String suffixQuarantine, String token, List<String> existingColumns) {
    List<Assertion> quarantining = quarantining(all);
    if (quarantining.isEmpty()) {
      return Optional.empty();
    }
    List<QuarantinePlan.Label> labels = labels(quarantining);
    TableName valid = new TableName(source.catalog(), source.schema(), source.table() + suffixValid);
    TableName quarantine = new TableName(source.catalog(), source.schema(), source.table() + suffixQuarantine);
    refuseCollisions(mode, source, valid, quarantine);
    String from = dialect.table(source);
    return Optional.of(switch (mode) {
      case SPLIT -> split(source, valid, quarantine, labels, token);
      case DROP -> new QuarantinePlan(mode, source, valid, null, labels, List.of(createOrReplace(valid,
          "SELECT * FROM " + from + " WHERE " + labels.stream().map(l -> assertions.validPredicate(l.assertion()))
              .collect(Collectors.joining(" AND ")))), List.of());
      case TAG -> new QuarantinePlan(mode, source, null, null, labels, List.of(createOrReplace(source,
          "SELECT " + tagStar(labels, existingColumns) + ", " + labelColumns(labels, labelNames(labels)) + " FROM " + from)),
          List.of());
    });
  }

  private QuarantinePlan split(TableName source, TableName valid, TableName quarantine, List<QuarantinePlan.Label> labels,
      String token) {
    if (!token.matches("[0-9a-f]{8,32}")) {
      throw new IllegalArgumentException("a quarantine token is 8 to 32 lower-case hex digits: " + token);
    }
    TableName working = new TableName(source.catalog(), source.schema(), "_rocky_quarantine_" + token);
    List<String> workNames = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      workNames.add("_rocky_ql" + i + "_" + token);
    }
    String work = dialect.table(working);
    String withoutLabels = spelling.starExcluding(workNames);
    List<String> renamed = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      renamed.add(q(workNames.get(i)) + " AS " + q(labels.get(i).column()));
    }
    String anyFailed = workNames.stream().map(w -> q(w) + " IS NOT NULL").collect(Collectors.joining(" OR "));
    String noneFailed = workNames.stream().map(w -> q(w) + " IS NULL").collect(Collectors.joining(" AND "));
    List<String> statements = List.of(
        "CREATE TABLE " + work + " AS SELECT *, " + labelColumns(labels, workNames) + " FROM " + dialect.table(source),
        createOrReplace(quarantine, "SELECT " + withoutLabels + ", " + String.join(", ", renamed) + " FROM " + work
            + " WHERE " + anyFailed),
        createOrReplace(valid, "SELECT " + withoutLabels + " FROM " + work + " WHERE " + noneFailed));
    return new QuarantinePlan(QuarantineMode.SPLIT, source, valid, quarantine, labels, statements,
        List.of("DROP TABLE IF EXISTS " + work));
  }

  /** {@code CASE WHEN NOT (valid) THEN '<label>' END AS <name>} per label. */
  private String labelColumns(List<QuarantinePlan.Label> labels, List<String> names) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      QuarantinePlan.Label l = labels.get(i);
      out.add("CASE WHEN NOT (" + assertions.validPredicate(l.assertion()) + ") THEN "
          + dialect.stringLiteral(l.column()) + " END AS " + q(names.get(i)));
    }
    return String.join(", ", out);
  }

  private String tagStar(List<QuarantinePlan.Label> labels, List<String> existingColumns) {
    Set<String> labelNames = labels.stream().map(l -> l.column().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<String> replaced = existingColumns.stream().filter(c -> labelNames.contains(c.toLowerCase(Locale.ROOT))).toList();
    return replaced.isEmpty() ? "*" : spelling.starExcluding(replaced);
  }

  private static List<String> labelNames(List<QuarantinePlan.Label> labels) {
    return labels.stream().map(QuarantinePlan.Label::column).toList();
  }

  /** {@code _error_<base>}, with {@code _2}, {@code _3}... when two assertions would share a name. */
  static List<QuarantinePlan.Label> labels(List<Assertion> quarantining) {
    Set<String> taken = new HashSet<>();
    List<QuarantinePlan.Label> out = new ArrayList<>();
    for (Assertion a : quarantining) {
      String base = "_error_" + a.labelBase();
      String name = base;
      for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
        name = base + "_" + n;
      }
      out.add(new QuarantinePlan.Label(name, a));
    }
    return out;
  }

  private static void refuseCollisions(QuarantineMode mode, TableName source, TableName valid, TableName quarantine) {
    switch (mode) {
      case SPLIT -> {
        refuse(valid, source, "valid", "source", "set suffix_valid to a non-empty value");
        refuse(quarantine, source, "quarantine", "source", "set suffix_quarantine to a non-empty value");
        refuse(valid, quarantine, "valid", "quarantine", "give suffix_valid and suffix_quarantine different values");
      }
      case DROP -> refuse(valid, source, "valid", "source", "set suffix_valid to a non-empty value");
      case TAG -> { }
    }
  }

  private static void refuse(TableName a, TableName b, String first, String second, String fix) {
    if (a.table().equalsIgnoreCase(b.table())) {
      throw new RockyException(QualityErrorCode.QUALITY_TABLE_COLLISION, "quarantine would write the %s table under the %s table's name, '%s': %s"
          .formatted(first, second, a.qualifiedName(), fix));
    }
  }

  private String createOrReplace(TableName target, String select) {
    return "CREATE OR REPLACE TABLE " + dialect.table(target) + " AS " + select;
  }

  private String q(String name) {
    return dialect.quoteIdentifier(name);
  }
}
