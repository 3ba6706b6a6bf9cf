package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.column;
import static dev.rocky.compiler.bind.BindSupport.edgesInto;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scope resolution and output shape for each supported construct. */
class ConstructsTest {

  private static List<String> names(ModelAnalysis a) {
    return a.schema().columns().stream().map(TypedColumn::name).toList();
  }

  @Test
  void cteColumnsFlowThroughAndColumnListsRename() {
    ModelAnalysis a = bind("""
        WITH c (order_id, total) AS (SELECT id, SUM(amount) FROM raw.orders GROUP BY id),
             d AS (SELECT order_id FROM c)
        SELECT c.order_id, total, d.order_id AS again FROM c JOIN d ON c.order_id = d.order_id""");
    assertThat(names(a)).containsExactly("order_id", "total", "again");
    assertThat(column(a, "total").type()).isEqualTo(new RockyType.Decimal(10, 2));
    assertThat(a.upstreams()).containsExactly(new UpstreamRef("raw.orders", UpstreamRef.Kind.SOURCE));
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void cteShadowsAModelOfTheSameName() {
    ModelAnalysis a = bind("WITH stg AS (SELECT status FROM raw.orders) SELECT status FROM stg");
    assertThat(column(a, "status").type()).isEqualTo(RockyType.STRING);
    assertThat(a.upstreams()).extracting(UpstreamRef::name).containsExactly("raw.orders");
  }

  @Test
  void subqueryInFromWithColumnAliases() {
    ModelAnalysis a = bind("SELECT s.k, s.n FROM (SELECT status, COUNT(*) FROM raw.orders GROUP BY status) AS s (k, n)");
    assertThat(column(a, "k").type()).isEqualTo(RockyType.STRING);
    assertThat(column(a, "n").type()).isEqualTo(RockyType.INT64);
    assertThat(column(a, "n").nullable()).isFalse();
  }

  @Test
  void correlatedScalarSubqueryResolvesOuterColumns() {
    ModelAnalysis a = bind("""
        SELECT c.id, (SELECT MAX(o.amount) FROM raw.orders o WHERE o.customer_id = c.id) AS top
        FROM raw.customers c""");
    assertThat(column(a, "top").type()).isEqualTo(new RockyType.Decimal(10, 2));
    assertThat(column(a, "top").nullable()).isTrue();
    assertThat(edgesInto(a, "top")).contains("raw.orders.amount [aggregation: max]",
        "raw.customers.id [indirect: filter]");
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void outerJoinsMakeTheOptionalSideNullable() {
    String select = "SELECT o.id AS oid, c.id AS cid FROM raw.orders o %s JOIN raw.customers c ON o.customer_id = c.id";
    ModelAnalysis left = bind(select.formatted("LEFT"));
    assertThat(column(left, "oid").nullable()).isFalse();
    assertThat(column(left, "cid").nullable()).isTrue();
    ModelAnalysis right = bind(select.formatted("RIGHT"));
    assertThat(column(right, "oid").nullable()).isTrue();
    assertThat(column(right, "cid").nullable()).isFalse();
    ModelAnalysis full = bind(select.formatted("FULL"));
    assertThat(column(full, "oid").nullable()).isTrue();
    assertThat(column(full, "cid").nullable()).isTrue();
    ModelAnalysis inner = bind(select.formatted("INNER"));
    assertThat(column(inner, "cid").nullable()).isFalse();
  }

  @Test
  void usingJoinShowsTheKeyOnceInAStar() {
    TestLookup lookup = TestLookup.standard().source("raw.a", "id BIGINT NOT NULL", "x VARCHAR")
        .source("raw.b", "id BIGINT NOT NULL", "y VARCHAR");
    ModelAnalysis a = BindSupport.bind("SELECT * FROM raw.a JOIN raw.b USING (id)", lookup);
    assertThat(names(a)).containsExactly("id", "x", "y");
    assertThat(a.joinKeys()).hasSize(1);
  }

  @Test
  void naturalJoinMatchesCommonColumns() {
    TestLookup lookup = TestLookup.standard().source("raw.a", "id BIGINT NOT NULL", "x VARCHAR")
        .source("raw.b", "id INTEGER NOT NULL", "y VARCHAR");
    ModelAnalysis a = BindSupport.bind("SELECT * FROM raw.a NATURAL JOIN raw.b", lookup);
    assertThat(names(a)).containsExactly("id", "x", "y");
    assertThat(a.joinKeys()).hasSize(1);
    assertThat(BindSupport.codes(a)).contains(DiagnosticCode.W001);
  }

  @Test
  void unionTakesNamesFromTheFirstBranchAndTheSupertype() {
    ModelAnalysis a = bind("""
        SELECT id AS k, qty AS v, NULL AS w FROM raw.orders
        UNION ALL
        SELECT id, price, status FROM raw.customers c JOIN raw.orders o ON c.id = o.customer_id""");
    assertThat(names(a)).containsExactly("k", "v", "w");
    assertThat(column(a, "k").type()).isEqualTo(RockyType.INT64);
    assertThat(column(a, "v").type()).isEqualTo(RockyType.FLOAT64);
    assertThat(column(a, "w").type()).isEqualTo(RockyType.STRING);
    assertThat(column(a, "w").nullable()).isTrue();
  }

  @Test
  void unionOfIncompatibleTypesIsUnknownNotAnError() {
    ModelAnalysis a = bind("SELECT status AS v FROM raw.orders UNION SELECT id FROM raw.customers");
    assertThat(column(a, "v").type()).isEqualTo(RockyType.UNKNOWN);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void ambiguousUnqualifiedColumnResolvesToTheFirstRelation() {
    ModelAnalysis a = bind("SELECT id FROM raw.orders o JOIN raw.customers c ON o.customer_id = c.id");
    assertThat(column(a, "id").type()).isEqualTo(RockyType.INT64);
    assertThat(edgesInto(a, "id")).contains("raw.orders.id [direct]");
    assertThat(BindSupport.codes(a)).containsExactly(DiagnosticCode.W001); // BIGINT = INTEGER key, no ambiguity error
  }

  @Test
  void outputAliasesCanBeUsedInWhereHavingQualifyAndOrderBy() {
    ModelAnalysis a = bind("""
        SELECT status AS s, SUM(qty) AS total FROM raw.orders
        WHERE s <> 'x' GROUP BY s HAVING total > 1
        QUALIFY RANK() OVER (ORDER BY total) = 1 ORDER BY total""");
    assertThat(a.diagnostics()).isEmpty();
    assertThat(edgesInto(a, "total")).contains("raw.orders.status [indirect: filter]");
  }

  @Test
  void laterColumnsMayReferToEarlierAliases() {
    ModelAnalysis a = bind("SELECT amount * 2 AS doubled, doubled + 1 AS plus_one FROM raw.orders");
    assertThat(column(a, "plus_one").type()).isEqualTo(new RockyType.Decimal(21, 2));
    assertThat(edgesInto(a, "plus_one")).containsExactly("raw.orders.amount [expression]");
  }

  @Test
  void lateralSubquerySeesThePrecedingRelations() {
    ModelAnalysis a = bind("""
        SELECT c.id, l.n FROM raw.customers c,
        LATERAL (SELECT COUNT(*) AS n FROM raw.orders o WHERE o.customer_id = c.id) l""");
    assertThat(column(a, "n").type()).isEqualTo(RockyType.INT64);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void starFormsExpandWithTheKnownSchema() {
    assertThat(names(bind("SELECT * FROM raw.customers"))).containsExactly("id", "name", "code", "score");
    assertThat(names(bind("SELECT c.*, o.id AS oid FROM raw.customers c JOIN raw.orders o ON o.customer_id = c.id")))
        .containsExactly("id", "name", "code", "score", "oid");
    assertThat(names(bind("SELECT * EXCLUDE (code, score) FROM raw.customers"))).containsExactly("id", "name");
    ModelAnalysis replaced = bind("SELECT * REPLACE (UPPER(name) AS name, id * 2 AS id) FROM raw.customers");
    assertThat(names(replaced)).containsExactly("id", "name", "code", "score");
    assertThat(column(replaced, "id").type()).isEqualTo(RockyType.INT64);
    assertThat(edgesInto(replaced, "name")).containsExactly("raw.customers.name [expression]");
    assertThat(replaced.hasStar()).isTrue();
  }

  @Test
  void groupByOrdinalAndAllGroupByTheNonAggregateColumns() {
    ModelAnalysis byAll = bind("SELECT status, d, SUM(qty) AS q FROM raw.orders GROUP BY ALL");
    assertThat(edgesInto(byAll, "q")).containsExactly("raw.orders.qty [aggregation: sum]",
        "raw.orders.status [indirect: group_by]", "raw.orders.d [indirect: group_by]");
    ModelAnalysis byOrdinal = bind("SELECT status, SUM(qty) AS q FROM raw.orders GROUP BY 1");
    assertThat(edgesInto(byOrdinal, "q")).contains("raw.orders.status [indirect: group_by]");
  }

  @Test
  void recursiveCteUsesTheAnchorColumns() {
    ModelAnalysis a = bind("""
        WITH RECURSIVE r (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10)
        SELECT n FROM r""");
    assertThat(column(a, "n").type()).isEqualTo(RockyType.INT64);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void valuesAreTypedByFoldingTheRows() {
    ModelAnalysis a = bind("SELECT * FROM (VALUES (1, 'a'), (2, NULL)) AS v (n, s)");
    assertThat(column(a, "n").type()).isEqualTo(RockyType.INT64);
    assertThat(column(a, "s").type()).isEqualTo(RockyType.STRING);
    assertThat(column(a, "s").nullable()).isTrue();
    assertThat(a.unresolved()).isEmpty();
  }

  @Test
  void namedWindowsAreResolved() {
    ModelAnalysis a = bind("SELECT SUM(qty) OVER w AS s FROM raw.orders WINDOW w AS (PARTITION BY status ORDER BY ts)");
    assertThat(edgesInto(a, "s")).containsExactly("raw.orders.qty [aggregation: sum]",
        "raw.orders.status [indirect: window]", "raw.orders.ts [indirect: window]");
  }

  @Test
  void unaliasedExpressionsAreNamedByTheirText() {
    ModelAnalysis a = bind("SELECT id, o.status, UPPER(  status ) FROM raw.orders o");
    assertThat(names(a)).containsExactly("id", "status", "UPPER( status )");
  }

  @Test
  void namesResolveCaseInsensitivelyAndKeepTheirSpelling() {
    ModelAnalysis a = bind("SELECT O.ID, \"Status\" FROM RAW.ORDERS o");
    assertThat(names(a)).containsExactly("ID", "Status");
    assertThat(column(a, "ID").type()).isEqualTo(RockyType.INT64);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void qualifiedTableNamesQualifyColumns() {
    ModelAnalysis a = bind("SELECT raw.orders.id, orders.status FROM raw.orders");
    assertThat(names(a)).containsExactly("id", "status");
    assertThat(a.diagnostics()).isEmpty();
  }
}
