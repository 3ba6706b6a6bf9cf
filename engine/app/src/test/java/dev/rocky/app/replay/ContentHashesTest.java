package dev.rocky.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.fixture.RunHarness;
import dev.rocky.core.port.QueryResult;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content hash on a real DuckDB: its definition, row order, and what a change shows. */
class ContentHashesTest {
  @TempDir Path dir;
  RunHarness h;
  final ReplaySql sql = new ReplaySql(SqlDialect.DUCKDB);

  @BeforeEach
  void open() {
    h = RunHarness.open(dir);
    h.sql("CREATE SCHEMA s",
        "CREATE TABLE s.a (id INTEGER, \"we\"\"ird\" VARCHAR, amount DECIMAL(10, 2), tags VARCHAR[], ts TIMESTAMP)",
        "INSERT INTO s.a VALUES (1, 'x', 1.50, ['p', 'q'], TIMESTAMP '2026-01-01 10:00:00'), (2, NULL, NULL, NULL, NULL),"
            + " (2, NULL, NULL, NULL, NULL), (3, 'it''s', -7.25, [], TIMESTAMP '2026-02-03 04:05:06')",
        "CREATE TABLE s.b AS SELECT * FROM s.a ORDER BY id DESC",
        "CREATE TABLE s.c AS SELECT id, \"we\"\"ird\", CASE WHEN id = 3 THEN 9.99 ELSE amount END AS amount, tags, ts FROM s.a",
        "CREATE TABLE s.empty AS SELECT * FROM s.a WHERE false");
  }

  @AfterEach
  void close() {
    h.close();
  }

  @Test
  void eachHashIsTheSha256OfTheSortedConcatenationOfItsRowOrValueHashes() {
    for (String t : List.of("a", "c", "empty")) {
      assertThat(ContentHashes.of(h.warehouse(), sql, table(t))).as(t).isEqualTo(byDefinition(t));
    }
  }

  @Test
  void aTableLargerThanTheSmallLimitIsHashedInTheWarehouseToTheSameHashes() {
    for (String t : List.of("a", "c", "empty")) {
      assertThat(ContentHashes.of(h.warehouse(), sql, table(t), 1)).as(t).isEqualTo(byDefinition(t));
      assertThat(ContentHashes.of(h.warehouse(), sql, table(t), 4)).as(t).isEqualTo(byDefinition(t));
    }
  }

  @Test
  void textBeyondAsciiHashesAlikeHereAndInTheWarehouse() {
    h.sql("CREATE TABLE s.u AS SELECT * FROM (VALUES ('caf\u00e9', 1), ('\u20ac \ud83d\ude00', NULL), ('\\ \"q\"', 3)) t(\"t\u00eb\", n)");
    Provenance.OutputHash here = ContentHashes.of(h.warehouse(), sql, table("u"));
    assertThat(here.rows()).isEqualTo(3);
    assertThat(here.columns()).containsOnlyKeys("t\u00eb", "n");
    assertThat(ContentHashes.of(h.warehouse(), sql, table("u"), 0)).isEqualTo(here);
  }

  @Test
  void rowOrderDoesNotMatterDuplicatesDoAndAChangedColumnIsTheOnlyOneThatDiffers() {
    Provenance.OutputHash a = ContentHashes.of(h.warehouse(), sql, table("a"));
    Provenance.OutputHash b = ContentHashes.of(h.warehouse(), sql, table("b"));
    Provenance.OutputHash c = ContentHashes.of(h.warehouse(), sql, table("c"));
    Provenance.OutputHash empty = ContentHashes.of(h.warehouse(), sql, table("empty"));

    assertThat(b).isEqualTo(a);
    assertThat(a.rows()).isEqualTo(4);
    assertThat(c.content()).isNotEqualTo(a.content());
    assertThat(a.differingColumns(c)).containsExactly("amount");
    assertThat(empty.rows()).isZero();
    assertThat(empty.content()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    assertThat(empty.columns()).hasSize(5).containsValue(empty.content());
  }

  /** The hash as first defined: one ordered aggregate per column, each over its own hashes. */
  private Provenance.OutputHash byDefinition(String t) {
    List<String> columns = List.of("id", "we\"ird", "amount", "tags", "ts");
    List<String> inner = new ArrayList<>(List.of("sha256(to_json(r)::VARCHAR) AS h"));
    List<String> outer = new ArrayList<>(List.of("count(*) AS n", agg("h") + " AS content"));
    for (int i = 0; i < columns.size(); i++) {
      inner.add("sha256(coalesce(to_json(r." + SqlDialect.DUCKDB.quoteIdentifier(columns.get(i)) + ")::VARCHAR, 'null')) AS h" + i);
      outer.add(agg("h" + i) + " AS c" + i);
    }
    QueryResult r = h.warehouse().query("SELECT " + String.join(", ", outer) + " FROM (SELECT " + String.join(", ", inner)
        + " FROM s." + t + " AS r)");
    Map<String, String> byColumn = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      byColumn.put(columns.get(i), String.valueOf(r.value(0, "c" + i)));
    }
    return new Provenance.OutputHash(((Number) r.value(0, "n")).longValue(), String.valueOf(r.value(0, "content")), byColumn);
  }

  private static String agg(String column) {
    return "sha256(coalesce(string_agg(" + column + ", '' ORDER BY " + column + "), ''))";
  }

  private static TableName table(String t) {
    return new TableName(null, "s", t);
  }
}
