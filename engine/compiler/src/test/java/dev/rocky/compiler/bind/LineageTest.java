package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.edgesInto;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.types.RockyType;
import org.junit.jupiter.api.Test;

/** Column lineage: transforms, indirect edges, composition through scopes, unresolved columns. */
class LineageTest {

  @Test
  void topLevelFormDecidesTheTransform() {
    ModelAnalysis a = bind("""
        SELECT id, CAST(qty AS BIGINT) AS c, TRY_CAST(status AS INTEGER) AS t, qty::DOUBLE AS dc,
               SUM(amount) AS s, COUNT(DISTINCT status) AS n, amount * qty AS e, UPPER(status) AS u
        FROM raw.orders GROUP BY id""");
    assertThat(edgesInto(a, "id")).containsExactly("raw.orders.id [direct]");
    assertThat(edgesInto(a, "c")).containsExactly("raw.orders.qty [cast]", "raw.orders.id [indirect: group_by]");
    assertThat(edgesInto(a, "t")).startsWith("raw.orders.status [try_cast]");
    assertThat(edgesInto(a, "dc")).startsWith("raw.orders.qty [cast]");
    assertThat(edgesInto(a, "s")).startsWith("raw.orders.amount [aggregation: sum]");
    assertThat(edgesInto(a, "n")).startsWith("raw.orders.status [aggregation: count]");
    assertThat(edgesInto(a, "e")).startsWith("raw.orders.amount [expression]", "raw.orders.qty [expression]");
    assertThat(edgesInto(a, "u")).startsWith("raw.orders.status [expression]");
  }

  @Test
  void rowShapingColumnsGiveIndirectEdgesToEveryOutputColumn() {
    ModelAnalysis a = bind("""
        SELECT o.id, c.name FROM raw.orders o JOIN raw.customers c ON o.customer_id = c.id
        WHERE o.status = 'open'""");
    assertThat(edgesInto(a, "id")).containsExactly("raw.orders.id [direct]",
        "raw.orders.customer_id [indirect: join_key]", "raw.customers.id [indirect: join_key]",
        "raw.orders.status [indirect: filter]");
    assertThat(edgesInto(a, "name")).containsExactly("raw.customers.name [direct]",
        "raw.orders.customer_id [indirect: join_key]", "raw.customers.id [indirect: join_key]",
        "raw.orders.status [indirect: filter]");
  }

  @Test
  void aSourceThatFlowsIntoAColumnGetsNoIndirectEdgeToIt() {
    ModelAnalysis a = bind("SELECT status, COUNT(*) AS n FROM raw.orders WHERE status <> 'x' GROUP BY status");
    assertThat(edgesInto(a, "status")).containsExactly("raw.orders.status [direct]");
    assertThat(edgesInto(a, "n")).containsExactly("raw.orders.status [indirect: filter]",
        "raw.orders.status [indirect: group_by]");
  }

  @Test
  void windowKeysAreIndirectForTheWindowedColumnOnly() {
    ModelAnalysis a = bind("SELECT id, ROW_NUMBER() OVER (PARTITION BY status ORDER BY ts) AS rn FROM raw.orders");
    assertThat(edgesInto(a, "id")).containsExactly("raw.orders.id [direct]");
    assertThat(edgesInto(a, "rn")).containsExactly("raw.orders.status [indirect: window]",
        "raw.orders.ts [indirect: window]");
  }

  @Test
  void qualifyAndHavingAreFilters() {
    ModelAnalysis a = bind("SELECT id FROM raw.orders QUALIFY ROW_NUMBER() OVER (PARTITION BY status ORDER BY ts) = 1");
    assertThat(edgesInto(a, "id")).containsExactly("raw.orders.id [direct]", "raw.orders.status [indirect: filter]",
        "raw.orders.ts [indirect: filter]");
  }

  @Test
  void lineageComposesThroughCtesAndSubqueries() {
    ModelAnalysis a = bind("""
        WITH t AS (SELECT customer_id, SUM(amount) AS total FROM raw.orders GROUP BY customer_id)
        SELECT customer_id, total, CAST(total AS DOUBLE) AS f, (SELECT MAX(total) FROM t) AS top FROM t""");
    assertThat(edgesInto(a, "total")).containsExactly("raw.orders.amount [aggregation: sum]",
        "raw.orders.customer_id [indirect: group_by]");
    assertThat(edgesInto(a, "f")).startsWith("raw.orders.amount [expression]");
    assertThat(edgesInto(a, "top")).startsWith("raw.orders.amount [aggregation: max]");
  }

  @Test
  void everyUnionBranchContributes() {
    ModelAnalysis a = bind("SELECT id FROM raw.orders UNION ALL SELECT id FROM raw.customers");
    assertThat(edgesInto(a, "id")).containsExactly("raw.orders.id [direct]", "raw.customers.id [direct]");
  }

  @Test
  void theRightSideOfExceptAndIntersectOnlyFilters() {
    ModelAnalysis a = bind("SELECT customer_id FROM raw.orders EXCEPT SELECT id FROM raw.customers");
    assertThat(edgesInto(a, "customer_id")).containsExactly("raw.orders.customer_id [direct]",
        "raw.customers.id [indirect: filter]");
  }

  @Test
  void orderByShapesRowsOnlyUnderALimit() {
    assertThat(edgesInto(bind("SELECT id FROM raw.orders ORDER BY ts"), "id")).containsExactly("raw.orders.id [direct]");
    assertThat(edgesInto(bind("SELECT id FROM raw.orders ORDER BY ts LIMIT 5"), "id"))
        .containsExactly("raw.orders.id [direct]", "raw.orders.ts [indirect: order_by]");
  }

  @Test
  void literalColumnsHaveNoEdgesAndAreResolved() {
    ModelAnalysis a = bind("SELECT 1 AS one, 'x' AS s, COUNT(*) AS n FROM raw.orders");
    assertThat(a.edges()).isEmpty();
    assertThat(a.unresolved()).isEmpty();
  }

  @Test
  void columnsOfUnknownTablesAreTracedByName() {
    ModelAnalysis a = bind("SELECT e.kind, o.id FROM ext.events e JOIN raw.orders o ON e.order_id = o.id");
    assertThat(edgesInto(a, "kind")).startsWith("ext.events.kind [direct]");
    assertThat(a.unresolved()).isEmpty();
    assertThat(BindSupport.column(a, "kind").type()).isEqualTo(RockyType.UNKNOWN);
  }

  @Test
  void anUnqualifiedColumnOfOneUnknownTableIsTracedToIt() {
    ModelAnalysis a = bind("SELECT kind, o.id FROM ext.events e JOIN raw.orders o ON e.order_id = o.id");
    assertThat(edgesInto(a, "kind")).startsWith("ext.events.kind [direct]");
    assertThat(a.unresolved()).isEmpty();
  }

  @Test
  void anUnqualifiedColumnOfSeveralUnknownTablesIsUnresolved() {
    ModelAnalysis a = bind("SELECT kind FROM ext.events e JOIN ext.users u ON e.user_id = u.id");
    assertThat(a.unresolved()).extracting(UnresolvedColumn::column).containsExactly("kind");
    assertThat(a.unresolved().get(0).reason()).contains("several tables");
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void aStarOverAnUnknownTableIsUnresolvedButItsNamedColumnsAreTraced() {
    ModelAnalysis a = bind("WITH x AS (SELECT * FROM ext.events) SELECT x.kind, o.id FROM x JOIN raw.orders o ON x.oid = o.id");
    assertThat(edgesInto(a, "kind")).startsWith("ext.events.kind [direct]");
    assertThat(a.schema().complete()).isTrue();
    ModelAnalysis star = bind("SELECT * FROM ext.events");
    assertThat(star.schema().complete()).isFalse();
    assertThat(star.unresolved()).containsExactly(
        new UnresolvedColumn("*", "the schema of `ext.events` is unknown"));
  }

  @Test
  void tableFunctionsAreUnresolvedWithAReason() {
    ModelAnalysis a = bind("SELECT x FROM UNNEST(ARRAY[1, 2]) AS t (x)");
    assertThat(a.unresolved()).extracting(UnresolvedColumn::column).containsExactly("x");
    assertThat(a.unresolved().get(0).reason()).contains("not supported");
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void joinKeyPairsNameTheUpstreamColumns() {
    ModelAnalysis a = bind("""
        WITH c AS (SELECT id AS cid FROM raw.customers)
        SELECT o.id FROM raw.orders o JOIN c ON o.customer_id = c.cid""");
    assertThat(a.joinKeys()).singleElement().satisfies(k -> {
      assertThat(k.left()).isEqualTo(new ColumnRef("raw.orders", "customer_id"));
      assertThat(k.right()).isEqualTo(new ColumnRef("raw.customers", "id"));
      assertThat(k.span().line()).isEqualTo(2);
    });
  }

  @Test
  void edgesTargetTheModel() {
    ModelAnalysis a = bind("SELECT id FROM raw.orders");
    assertThat(a.edges()).singleElement().satisfies(e -> assertThat(e.target()).isEqualTo(new ColumnRef("m", "id")));
  }
}
