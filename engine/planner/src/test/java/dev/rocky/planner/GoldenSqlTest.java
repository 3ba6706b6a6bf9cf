package dev.rocky.planner;

import dev.rocky.core.project.Dialect;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden scenario, rendered for every dialect it applies to and compared with its file. */
class GoldenSqlTest {

  static Stream<Arguments> cases() {
    return GoldenCases.all().stream().flatMap(c -> c.dialects().stream().map(d -> Arguments.of(d, c.name(), c)));
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void matchesGoldenFile(Dialect dialect, String name, GoldenCases.GoldenCase golden) {
    List<Statement> statements = golden.render().apply(SqlDialect.of(dialect));
    Golden.assertMatches("sql/%s/%s.sql".formatted(dialect.id(), name), format(name, dialect, statements));
  }

  static String format(String name, Dialect dialect, List<Statement> statements) {
    StringBuilder out = new StringBuilder("-- ").append(name).append(" (").append(dialect.id()).append(")\n");
    for (int i = 0; i < statements.size(); i++) {
      Statement s = statements.get(i);
      out.append("\n-- [").append(i + 1).append("] ").append(s.purpose()).append('\n').append(s.sql()).append(";\n");
    }
    return out.toString();
  }
}
