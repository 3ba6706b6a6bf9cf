package dev.rocky.compiler.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions in the lowered SQL map back to the token of the {@code .rocky} file they came from. */
class SourceMapTest {
  private static final String DSL = """
      from orders
      where status != "cancelled"
      derive {
        amount_usd: amount / 100.0
      }
      """;

  private static RockyDsl.Lowered lowered() {
    return (RockyDsl.Lowered) RockyDsl.lower("models/x.rocky", DSL);
  }

  private static Pos at(String sqlNeedle, int extra) {
    RockyDsl.Lowered l = lowered();
    int offset = l.sql().indexOf(sqlNeedle) + extra;
    String before = l.sql().substring(0, offset);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int col = offset - before.lastIndexOf('\n');
    return l.map().toRocky(line, col);
  }

  @Test
  void identifiersMapCharacterForCharacter() {
    assertThat(lowered().sql()).isEqualTo("""
        SELECT *, amount / 100.0 AS amount_usd
        FROM orders
        WHERE status IS DISTINCT FROM 'cancelled'""");
    assertThat(at("amount /", 0)).isEqualTo(new Pos(DSL.indexOf("amount /"), 4, 15));
    assertThat(at("amount /", 3)).extracting(Pos::line, Pos::col).containsExactly(4, 18);
    assertThat(at("orders", 0)).extracting(Pos::line, Pos::col).containsExactly(1, 6);
    assertThat(at("status", 0)).extracting(Pos::line, Pos::col).containsExactly(2, 7);
    assertThat(at("amount_usd", 0)).extracting(Pos::line, Pos::col).containsExactly(4, 3);
  }

  @Test
  void generatedTextMapsToTheConstructItCameFrom() {
    assertThat(at("IS DISTINCT FROM", 0)).extracting(Pos::line, Pos::col).containsExactly(2, 14);
    assertThat(at("'cancelled'", 0)).extracting(Pos::line, Pos::col).containsExactly(2, 17);
  }
}
