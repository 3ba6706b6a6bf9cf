package dev.rocky.compiler.lineage;

import static dev.rocky.compiler.lineage.TracePrinter.ref;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.lineage.Transform;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.testkit.TestProjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageGraphTest {
  private static final CompileResult LINEAGE = LineageFixtures.compile(TestProjects.LINEAGE);
  private static final LineageGraph GRAPH = LINEAGE.lineage();

  @Test
  void isPartOfTheCompileResultBuiltOnceFromItsAnalyses() {
    assertThat(LINEAGE.lineage()).isSameAs(GRAPH);
    assertThat(GRAPH).isEqualTo(LineageGraph.of(LINEAGE.analyses()));
    assertThat(GRAPH.edges()).containsExactlyElementsOf(LINEAGE.edges());
    assertThat(GRAPH.models()).containsExactlyElementsOf(LINEAGE.analyses().keySet());
  }

  @Test
  void indexesEdgesByTargetAndBySource() {
    assertThat(GRAPH.edgesInto(ref("int_money_moves", "value")))
        .extracting(e -> e.source().toString(), e -> e.transform().render())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("int_events_ranked.running_amount", "direct"),
            org.assertj.core.groups.Tuple.tuple("stg_refunds.amount", "expression"));
    assertThat(GRAPH.edgesFrom(ref("raw.events", "amount")))
        .extracting(e -> e.target().toString()).containsExactly("stg_events.amount");
    assertThat(GRAPH.edgesOf("int_classified"))
        .allMatch(e -> e.target().model().equals("int_classified") || e.source().model().equals("int_classified"))
        .anyMatch(e -> e.source().model().equals("int_classified"));
  }

  @Test
  void namesAreMatchedCaseInsensitivelyAndReportedAsDeclared() {
    assertThat(GRAPH.model("STG_Events")).contains("stg_events");
    assertThat(GRAPH.canonical(ref("Stg_Events", "AMOUNT"))).isEqualTo(ref("stg_events", "amount"));
    assertThat(GRAPH.upstream(ref("FCT_USER_BUCKETS", "Total")).column()).isEqualTo(ref("fct_user_buckets", "total"));
    assertThat(GRAPH.edgesInto(ref("INT_MONEY_MOVES", "VALUE"))).hasSize(2);
  }

  @Test
  void everyColumnHasAnExplicitStatus() {
    assertThat(GRAPH.status(ref("stg_events", "amount"))).isEqualTo(new ColumnStatus.Resolved());
    assertThat(GRAPH.status(ref("int_money_moves", "origin"))).as("a literal: resolved, no edges")
        .isEqualTo(new ColumnStatus.Resolved());
    assertThat(GRAPH.edgesInto(ref("int_money_moves", "origin"))).isEmpty();
    assertThat(GRAPH.status(ref("raw.events", "amount"))).isEqualTo(new ColumnStatus.Leaf(ColumnStatus.LeafKind.SOURCE));
    assertThat(GRAPH.status(ref("ext.clicks", "user_id"))).isEqualTo(new ColumnStatus.Leaf(ColumnStatus.LeafKind.EXTERNAL));
    assertThat(GRAPH.status(ref("stg_events", "nope"))).isEqualTo(new ColumnStatus.Missing());
    assertThat(GRAPH.status(ref("stg_clicks", "user_id")))
        .isEqualTo(new ColumnStatus.Unresolved("not listed by `stg_clicks`: the schema of `ext.clicks` is unknown"));
    assertThat(GRAPH.status(ref("nowhere", "x"))).isInstanceOf(ColumnStatus.Unresolved.class);
    assertThat(GRAPH.unresolved("stg_clicks")).extracting(u -> u.column().column()).containsExactly("*");
  }

  @Test
  void noColumnOfAnyFixtureIsMissingFromItsOwnModel() {
    for (String project : List.of(TestProjects.LINEAGE, TestProjects.TYPED, TestProjects.SHOP)) {
      CompileResult result = LineageFixtures.compile(project);
      LineageGraph graph = result.lineage();
      List<String> problems = new ArrayList<>();
      for (Map.Entry<String, ModelAnalysis> e : result.analyses().entrySet()) {
        for (TypedColumn c : e.getValue().schema().columns()) {
          ColumnStatus s = graph.status(new ColumnRef(e.getKey(), c.name()));
          if (!(s instanceof ColumnStatus.Resolved) && !(s instanceof ColumnStatus.Unresolved)) {
            problems.add(e.getKey() + "." + c.name() + " " + s);
          }
        }
        for (LineageEdge edge : e.getValue().edges()) {
          if (graph.status(edge.source()) instanceof ColumnStatus.Missing) {
            problems.add("edge from a missing column: " + edge);
          }
        }
      }
      assertThat(problems).as(project).isEmpty();
    }
  }

  @Test
  void walksTransitivelyAndStopsAtLeaves() {
    ColumnTrace up = GRAPH.trace(ref("fct_user_buckets", "total"), Direction.UPSTREAM, false);
    assertThat(up.complete()).isTrue();
    assertThat(up.reached()).contains(ref("raw.events", "amount"), ref("raw.refunds", "amount"))
        .doesNotContain(ref("raw.events", "ts"));
    assertThat(up.edges()).noneMatch(e -> e.transform() instanceof Transform.Indirect);
    assertThat(GRAPH.upstream(ref("fct_user_buckets", "total")).reached()).contains(ref("raw.events", "ts"));
    assertThat(GRAPH.upstream(ref("raw.events", "amount")).edges()).isEmpty();

    ColumnTrace down = GRAPH.downstream(ref("stg_events", "amount"));
    assertThat(down.reached()).contains(ref("int_events_ranked", "running_amount"), ref("int_money_moves", "value"),
        ref("int_classified", "bucket"), ref("fct_user_buckets", "total"), ref("rpt_big_spenders", "email"));
    assertThat(GRAPH.downstream(ref("rpt_big_spenders", "email")).edges()).isEmpty();
  }

  @Test
  void reportsUnresolvedColumnsMetOnTheWayInsteadOfAnEmptyTrace() {
    ColumnTrace up = GRAPH.upstream(ref("rpt_clicks_by_user", "country"));
    assertThat(up.complete()).isFalse();
    assertThat(up.unresolved()).extracting(u -> u.column().toString()).containsExactly("stg_clicks.user_id");

    ColumnTrace down = GRAPH.downstream(ref("stg_clicks", "user_id"));
    assertThat(down.unresolved()).extracting(u -> u.column().toString()).containsExactly("rpt_clicks_by_user.*");
    assertThat(GRAPH.downstream(ref("raw.events", "amount")).complete()).isTrue();
    assertThat(GRAPH.downstream(ref("stg_users", "user_id")).complete())
        .as("rpt_clicks_by_user's star is over stg_clicks, not stg_users").isTrue();
  }

  @Test
  void walksModelsDirectlyAndTransitively() {
    assertThat(GRAPH.upstreamModels("int_money_moves")).containsExactly("int_events_ranked", "stg_refunds");
    assertThat(GRAPH.downstreamModels("stg_users")).containsExactly("dim_users", "rpt_clicks_by_user");
    assertThat(GRAPH.tablesRead("stg_events")).containsExactly("raw.events");
    assertThat(GRAPH.downstreamModels("raw.events")).containsExactly("stg_events");
    assertThat(GRAPH.allUpstreamModels("dim_users")).containsExactly("stg_users", "fct_user_buckets", "int_classified",
        "int_money_moves", "int_events_ranked", "stg_refunds", "stg_events");
    assertThat(GRAPH.allDownstreamModels("stg_events")).containsExactly("int_events_ranked", "int_money_moves",
        "int_classified", "fct_user_buckets", "dim_users", "rpt_big_spenders");
    assertThat(GRAPH.allDownstreamModels("rpt_big_spenders")).isEmpty();
  }

  @Test
  void anEmptyCompileHasAnEmptyGraph() {
    LineageGraph empty = LineageGraph.of(Map.of());
    assertThat(empty.models()).isEmpty();
    assertThat(empty.edges()).isEmpty();
    assertThat(empty.status(ref("a", "b"))).isInstanceOf(ColumnStatus.Unresolved.class);
  }
}
