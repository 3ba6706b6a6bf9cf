package dev.rocky.catalog.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.ProjectInfo;
import dev.rocky.catalog.data.SiteData;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LayoutTest {

  private static ModelData model(String name, List<String> reads) {
    List<EdgeData> edges = reads.stream().map(r -> new EdgeData(r, "id", "id", "direct")).toList();
    return new ModelData(name, name + ".sql", "SELECT 1", null, "full_refresh", "", name,
        List.of(ColumnData.of("id", "INT64", false), ColumnData.of("v", "STRING", true)), true, reads, edges, List.of(), null,
        List.of(), Map.of(), null);
  }

  private static ProjectGraph graph(List<ModelData> models) {
    return ProjectGraph.of(new SiteData(new ProjectInfo("p", "duckdb", "0", Instant.EPOCH, null), models, List.of(), List.of(),
        List.of(), List.of(), null, null));
  }

  /** a <- b <- c <- d <- e: a chain, and a hub read by many. */
  private static ProjectGraph chainWithHub(int readersOfHub) {
    List<ModelData> models = new ArrayList<>(List.of(model("a", List.of("raw.t")), model("b", List.of("a")),
        model("c", List.of("b")), model("d", List.of("c")), model("e", List.of("d")), model("hub", List.of())));
    for (int i = 0; i < readersOfHub; i++) {
      models.add(model("r" + i, List.of("hub")));
    }
    return graph(models);
  }

  @Test
  void aNeighbourhoodGoesTwoHopsEachWay() {
    Neighbourhood n = Neighbourhood.of(chainWithHub(0), "c");
    assertThat(n.members()).extracting(Neighbourhood.Member::name).containsExactly("c", "b", "a", "d", "e");
    assertThat(n.members()).extracting(Neighbourhood.Member::depth).containsExactly(0, -1, -2, 1, 2);
    assertThat(n.edges()).hasSize(4);
  }

  @Test
  void aCrowdedRingIsCutBehindAMoreNode() {
    Neighbourhood n = Neighbourhood.of(chainWithHub(25), "hub");
    assertThat(n.members()).hasSize(1 + Neighbourhood.RING_LIMIT + 1);
    Neighbourhood.Member more = n.members().get(n.members().size() - 1);
    assertThat(more.kind()).isEqualTo(NodeKind.MORE);
    assertThat(more.hidden()).isEqualTo(25 - Neighbourhood.RING_LIMIT);
  }

  @Test
  void theLayoutPutsReadersRightOfWhatTheyReadWithoutOverlaps() {
    ProjectGraph g = chainWithHub(0);
    LaidOutGraph laid = ElkLayout.layout(g, Neighbourhood.of(g, "c"));
    Map<String, LaidOutGraph.Box> byName = new java.util.HashMap<>();
    laid.nodes().forEach(b -> byName.put(b.member().name(), b));
    assertThat(byName.get("a").x()).isLessThan(byName.get("b").x());
    assertThat(byName.get("b").x()).isLessThan(byName.get("c").x());
    assertThat(byName.get("e").x()).isGreaterThan(byName.get("d").x());
    for (LaidOutGraph.Box x : laid.nodes()) {
      assertThat(x.x() + x.w()).isLessThanOrEqualTo(laid.width());
      assertThat(x.h()).isEqualTo(Boxes.height(2));
      for (LaidOutGraph.Box y : laid.nodes()) {
        boolean overlap = x != y && x.x() < y.x() + y.w() && y.x() < x.x() + x.w() && x.y() < y.y() + y.h() && y.y() < x.y() + x.h();
        assertThat(overlap).as(x.member().name() + " overlaps " + y.member().name()).isFalse();
      }
    }
    assertThat(laid.edges()).allSatisfy(e -> assertThat(e.points().length).isGreaterThanOrEqualTo(4));
    assertThat(laid.columnEdges()).extracting(LaidOutGraph.ColumnEdge::fromColumn).containsOnly("id");
  }

  @Test
  void theLayoutIsDeterministic() {
    ProjectGraph g = chainWithHub(12);
    LaidOutGraph one = ElkLayout.layout(g, Neighbourhood.of(g, "hub"));
    LaidOutGraph two = ElkLayout.layout(g, Neighbourhood.of(g, "hub"));
    assertThat(two.nodes()).isEqualTo(one.nodes());
    assertThat(two.width()).isEqualTo(one.width());
  }
}
