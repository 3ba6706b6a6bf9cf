package dev.rocky.compiler.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.sql.fast.CalciteParsing;
import dev.rocky.compiler.sql.fast.FastParser;
import dev.rocky.core.project.Dialect;
import dev.rocky.testkit.TestProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every fixture model, as the parser sees it after rewriting: the fast path agrees with Calcite. */
class FastParserFixturesTest {

  @Test
  void fixtureModelsParseAlikeAndMostlyOnTheFastPath() {
    int fast = 0;
    int total = 0;
    List<String> problems = new ArrayList<>();
    for (String project : List.of("shop", "typed", "typed-errors")) {
      for (Map.Entry<String, String> f : TestProjects.files(project).entrySet()) {
        if (!f.getKey().startsWith("models/") || !f.getKey().endsWith(".sql")) {
          continue;
        }
        String text = SqlPreprocessor.scan(f.getValue(), Dialect.DUCKDB).text();
        total++;
        if (FastParser.parse(text, false) != null) {
          fast++;
        }
        String d = CalciteParsing.disagreement(text, false);
        if (d != null) {
          problems.add(project + "/" + f.getKey() + " :: " + d);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(total).isGreaterThan(40);
    assertThat(fast).isGreaterThan(total * 3 / 4);
  }
}
