package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.column;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.rocky.core.types.RockyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd but parseable shapes: the binder returns an analysis and never throws (it only reports). */
class RobustnessTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT t.* EXCLUDE (t.status) FROM raw.orders t",
      "SELECT * FROM raw.orders, raw.orders",
      "SELECT COUNT(*) FROM (SELECT 1)",
      "SELECT (SELECT 1, 2) AS x",
      "SELECT * FROM TABLE(generate_series(1, 3))",
      "WITH a AS (SELECT 1 AS x) SELECT * FROM a a1 JOIN a a2 USING (x)",
      "SELECT status FROM raw.orders PIVOT (COUNT(*) FOR status IN ('x'))",
      "SELECT 1",
      "SELECT *",
      "SELECT status FROM raw.orders GROUP BY ROLLUP(status), CUBE(id), GROUPING SETS ((status), ())",
      "SELECT id FROM raw.orders ORDER BY 2",
      "SELECT CAST(status AS my_schema.my_type) FROM raw.orders",
      "SELECT * FROM raw.orders o LEFT JOIN raw.orders p USING (id) FULL JOIN raw.orders q USING (status)",
      "SELECT status FROM raw.orders UNION SELECT id, status FROM raw.orders",
      "SELECT x.y.z.w FROM raw.orders",
      "VALUES (1)",
      "WITH RECURSIVE r AS (SELECT 1 AS n UNION ALL SELECT n + 1 FROM r) SELECT * FROM r",
      "SELECT SUM(id) OVER w2 FROM raw.orders WINDOW w AS (PARTITION BY status), w2 AS (w ORDER BY id)",
      "SELECT k FROM (SELECT * FROM ext.x) q JOIN (SELECT * FROM ext.y) r ON q.k = r.k",
      "SELECT t.x FROM UNNEST(ARRAY[1]) WITH ORDINALITY AS t (x, i)",
      "SELECT ARRAY[1, 'a'], MAP['a', 1]",
      "SELECT * REPLACE (1 AS zz) FROM raw.orders",
      "SELECT $1 FROM raw.orders",
      "SELECT LISTAGG(status, ',') WITHIN GROUP (ORDER BY id) FROM raw.orders",
      "SELECT CAST(id AS DECIMAL(50, 2)), CAST(id AS TIMESTAMP(3)) FROM raw.orders",
      "SELECT 1 FROM raw.orders o JOIN raw.orders p ON (o.id, o.status) = (p.id, p.status)",
      "SELECT 1e400, 123456789012345678901234567890, .5 FROM raw.orders",
      "SELECT status FROM raw.orders MATCH_RECOGNIZE (PARTITION BY status ORDER BY id MEASURES A.id AS x PATTERN (A) DEFINE A AS TRUE)",
  })
  void neverThrows(String sql) {
    assertThatCode(() -> bind(sql)).doesNotThrowAnyException();
  }

  @Test
  void excludeMayQualifyTheColumn() {
    ModelAnalysis a = bind("SELECT t.* EXCLUDE (t.code) FROM raw.customers t JOIN raw.orders o ON o.customer_id = t.id");
    assertThat(a.schema().columns()).extracting(c -> c.name()).containsExactly("id", "name", "score");
    assertThat(BindSupport.codes(a)).doesNotContain(dev.rocky.core.diagnostic.DiagnosticCode.E003);
  }

  @Test
  void positionalParametersAreNotMissingColumns() {
    ModelAnalysis a = bind("SELECT $1 AS p FROM raw.orders");
    assertThat(a.diagnostics()).isEmpty();
    assertThat(column(a, "p").type()).isEqualTo(RockyType.UNKNOWN);
  }
}
