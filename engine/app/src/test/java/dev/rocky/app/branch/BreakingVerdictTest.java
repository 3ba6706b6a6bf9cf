package dev.rocky.app.branch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.bind.UpstreamRef;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The gate's classification, on hand-built lineage graphs: fct feeds rpt column by column. */
class BreakingVerdictTest {

  private static ModelAnalysis model(String name, List<String> upstream, String... columns) {
    List<TypedColumn> typed = Arrays.stream(columns).map(c -> c.split(":"))
        .map(p -> new TypedColumn(p[0], RockyType.parse(p[1]), true)).toList();
    List<LineageEdge> edges = upstream.isEmpty() ? List.of() : typed.stream().map(c -> new LineageEdge(
        new ColumnRef(upstream.getFirst(), c.name()), new ColumnRef(name, c.name()), Transform.DIRECT)).toList();
    return new ModelAnalysis(name, new ModelSchema(name, typed, true), edges, List.of(), !upstream.isEmpty(),
        upstream.stream().map(u -> new UpstreamRef(u, UpstreamRef.Kind.MODEL)).toList(), List.of(), List.of());
  }

  private static LineageGraph graph(ModelAnalysis... models) {
    Map<String, ModelAnalysis> byName = new LinkedHashMap<>();
    for (ModelAnalysis m : models) {
      byName.put(m.model(), m);
    }
    return LineageGraph.of(byName);
  }

  private static final LineageGraph PRODUCTION = graph(model("fct", List.of(), "id:Int64", "amount:Decimal(12,2)"),
      model("rpt", List.of("fct"), "id:Int64", "amount:Decimal(12,2)"));

  @Test
  void aRemovedColumnThatADownstreamColumnReadsIsBreakingUnlessAllowed() {
    LineageGraph branch = graph(model("fct", List.of(), "id:Int64"), model("rpt", List.of("fct"), "id:Int64"));

    BreakingVerdict verdict = BreakingVerdict.of(PRODUCTION, branch, List.of("fct", "rpt"), false);

    assertThat(verdict.breaking()).singleElement().satisfies(b -> {
      assertThat(b.model() + "." + b.column()).isEqualTo("fct.amount");
      assertThat(b.changeType()).isEqualTo("removed");
      assertThat(b.consumers()).containsExactly("rpt.amount");
    });
    assertThat(verdict.passed()).isFalse();
    assertThat(verdict.refusal()).isEqualTo("breaking change: fct.amount removed (read by rpt.amount)");
    assertThat(verdict.baseline()).isEqualTo(2);
    assertThat(BreakingVerdict.of(PRODUCTION, branch, List.of("fct", "rpt"), true).passed()).isTrue();
  }

  @Test
  void wideningAndAddingColumnsOrAddingModelsIsNotBreaking() {
    LineageGraph branch = graph(model("fct", List.of(), "id:Int64", "amount:Decimal(18,2)", "note:String"),
        model("rpt", List.of("fct"), "id:Int64", "amount:Decimal(18,2)"), model("new_model", List.of(), "x:Int32"));

    BreakingVerdict verdict = BreakingVerdict.of(PRODUCTION, branch, List.of("fct", "rpt", "new_model"), false);

    assertThat(verdict.passed()).isTrue();
    assertThat(verdict.breaking()).isEmpty();
    assertThat(verdict.changes()).extracting(c -> c.modelName() + ":" + c.status())
        .containsExactly("fct:modified", "new_model:added", "rpt:modified");
  }

  @Test
  void aNarrowedColumnWithReadersIsBreaking() {
    LineageGraph branch = graph(model("fct", List.of(), "id:Int64", "amount:Int32"),
        model("rpt", List.of("fct"), "id:Int64", "amount:Int32"));
    assertThat(BreakingVerdict.of(PRODUCTION, branch, List.of("fct"), false).breaking())
        .extracting(b -> b.changeType()).containsExactly("type_changed");
  }
}
