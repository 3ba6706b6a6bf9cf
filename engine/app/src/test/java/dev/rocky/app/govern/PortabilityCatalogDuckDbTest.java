package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.compiler.govern.Construct;
import dev.rocky.compiler.govern.PortabilityCatalog;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Dialect;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portability catalog's DuckDB verdicts are DuckDB's: every entry's example is run on a real DuckDB. */
class PortabilityCatalogDuckDbTest {
  private static DuckDbAdapter duck;

  @BeforeAll
  static void open() {
    duck = DuckDbAdapter.inMemory();
    duck.execute("CREATE TABLE t AS SELECT 1 AS a, 2 AS b, 'x,y' AS s, DATE '2024-01-01' AS d,"
        + " TIMESTAMP '2024-01-01 00:00:00' AS ts, [1, 2] AS arr, '{\"k\": 1}' AS j");
  }

  @AfterAll
  static void close() {
    duck.close();
  }

  @Test
  void duckDbRunsExactlyTheExamplesTheCatalogSaysItHas() {
    List<String> wrong = new ArrayList<>();
    for (Construct c : PortabilityCatalog.entries()) {
      boolean runs;
      String error = "";
      try {
        duck.query(c.example());
        runs = true;
      } catch (RockyException e) {
        runs = false;
        error = e.getMessage();
      }
      if (runs != c.supportedOn(Dialect.DUCKDB)) {
        wrong.add(c.form() + ": catalog says " + (c.supportedOn(Dialect.DUCKDB) ? "supported" : "missing")
            + ", DuckDB " + (runs ? "runs it" : "fails: " + error.lines().findFirst().orElse("")));
      }
    }
    assertThat(wrong).isEmpty();
  }
}
