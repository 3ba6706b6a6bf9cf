package dev.rocky.app.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.Compiler;
import dev.rocky.compiler.lineage.Direction;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.TestProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageReportsTest {
  private static final LineageGraph GRAPH = new Compiler(CacheStore.NONE, null)
      .compile(TestProjects.open(TestProjects.LINEAGE),
          new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 1))
      .lineage();

  @Test
  void resolvesModelsColumnsAndSourceColumns() {
    assertThat(LineageTarget.resolve(GRAPH, "STG_EVENTS")).contains(new LineageTarget.Model("stg_events"));
    assertThat(LineageTarget.resolve(GRAPH, "stg_events.Amount"))
        .contains(new LineageTarget.Column(new ColumnRef("stg_events", "amount")));
    assertThat(LineageTarget.resolve(GRAPH, "raw.events.amount"))
        .contains(new LineageTarget.Column(new ColumnRef("raw.events", "amount")));
    assertThat(LineageTarget.resolve(GRAPH, "stg_events.nope"))
        .contains(new LineageTarget.Column(new ColumnRef("stg_events", "nope")));
    assertThat(LineageTarget.resolve(GRAPH, "nowhere.x")).isEmpty();
    assertThat(LineageTarget.resolve(GRAPH, "stg_events.")).isEmpty();
  }

  @Test
  void modelOutputListsItsEdgesBothWays() {
    LineageOutput out = LineageReports.model(GRAPH, "int_classified");
    assertThat(out.edges()).anyMatch(e -> e.target().model().equals("int_classified"))
        .anyMatch(e -> e.source().model().equals("int_classified"));
    assertThat(out.sources()).isEmpty();
    assertThat(LineageReports.model(GRAPH, "stg_events").sources()).containsExactly("raw.events");
  }

  @Test
  void columnOutputIsTheWalk() {
    ColumnLineageOutput out = LineageReports.column(GRAPH, new ColumnRef("stg_events", "amount"), Direction.DOWNSTREAM);
    assertThat(out.direction()).isEqualTo("downstream");
    assertThat(out.trace()).hasSize(GRAPH.downstream(new ColumnRef("stg_events", "amount")).edges().size());
    assertThat(out.unresolved()).isEmpty();
  }

  @Test
  void dotQuotesNamesAndMarksIndirectAndUnresolved() {
    String dot = LineageDot.render(
        List.of(new LineageEdge(new ColumnRef("a", "x\"y"), new ColumnRef("b", "z"), new Transform.Indirect(Transform.Role.FILTER))),
        List.of(new UnresolvedRef(new ColumnRef("c", "*"), "why\nnot")));
    assertThat(dot).isEqualTo("""
        digraph lineage {
          rankdir=LR;
          "c.*" [style=dashed, color=red, tooltip="unresolved: why\\nnot"];
          "a.x\\"y" -> "b.z" [label="indirect: filter", style=dashed];
        }
        """);
  }
}
