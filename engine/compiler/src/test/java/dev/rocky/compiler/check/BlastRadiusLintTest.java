package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.P002;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.project.Model;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlastRadiusLintTest {
  private static final List<Model> MODELS = List.of(
      Fixtures.plain("stg_orders", "-- staged orders\nSELECT * FROM raw.orders"),
      Fixtures.plain("fct_revenue", "SELECT customer_id, SUM(amount) AS total FROM stg_orders GROUP BY 1"));

  private static LineageEdge edge(String from, String column, String to, String target) {
    return new LineageEdge(new ColumnRef(from, column), new ColumnRef(to, target), Transform.DIRECT);
  }

  private final BlastRadiusLint lint = new BlastRadiusLint();

  @Test
  void p002NamesTheConsumersAndPointsAtTheStar() {
    List<LineageEdge> edges = List.of(
        edge("raw.orders", "amount", "stg_orders", "amount"),
        edge("stg_orders", "customer_id", "fct_revenue", "customer_id"),
        edge("stg_orders", "amount", "fct_revenue", "total"),
        edge("stg_orders", "customer_id", "fct_revenue", "customer_id"));

    List<Diagnostic> found = lint.check(Set.of("stg_orders"), edges, MODELS);

    assertThat(codes(found)).containsExactly(P002);
    Diagnostic d = found.getFirst();
    assertThat(d.severity()).isEqualTo(Severity.Warning);
    assertThat(d.model()).isEqualTo("stg_orders");
    assertThat(d.message()).isEqualTo("stg_orders uses SELECT *; fct_revenue reads amount, customer_id");
    assertThat(where(d)).isEqualTo("models/stg_orders.sql:2:8");
    assertThat(d.suggestion()).startsWith("list the columns of stg_orders explicitly");
  }

  @Test
  void p002ListsAtMostThreeColumnsPerConsumerInNameOrder() {
    List<LineageEdge> edges = List.of(
        edge("s", "e", "b", "x"), edge("s", "d", "b", "x"), edge("s", "c", "b", "x"),
        edge("s", "b", "b", "x"), edge("s", "a", "b", "x"), edge("s", "id", "a", "id"));

    List<Diagnostic> found = lint.check(Set.of("s"), edges, List.of());

    assertThat(found.getFirst().message()).isEqualTo("s uses SELECT *; a reads id; b reads a, b, c, +2 more");
    assertThat(found.getFirst().span()).isNull();
  }

  @Test
  void p002QuietForLeafStarModelsAndModelsWithoutStar() {
    List<LineageEdge> edges = List.of(edge("raw.orders", "amount", "stg_orders", "amount"),
        edge("fct_revenue", "total", "rpt", "total"));

    assertThat(lint.check(Set.of("stg_orders"), edges, MODELS)).isEmpty();
    assertThat(lint.check(Set.of(), edges, MODELS)).isEmpty();
  }
}
