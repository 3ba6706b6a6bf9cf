package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TomlPositionsTest {
  private static final String TEXT = """
      top = 1 # comment
      a.b.c = "x"

      [server]
      host = 'h'   # literal
      "quoted key" = 2
      nested = { port = 80, tls = { on = true } }
      list = [
        { name = "one" },
        # between
        { name = "two", note = \"\"\"multi
      line ] } \"\"\" },
      ]

      [[table]]
      name = "first"

      [[table]]
      name = "second"

      [[table.columns]]
      name = "c"

      [table.meta]
      owner = "me"
      """;

  private final TomlPositions positions = TomlPositions.of(TEXT);

  private String at(Object... path) {
    TomlPositions.Position p = positions.find(List.of(path));
    return p == null ? null : p.line() + ":" + p.col();
  }

  @Test
  void findsKeysTablesAndElements() {
    assertThat(at("top")).isEqualTo("1:1");
    assertThat(at("a", "b", "c")).isEqualTo("2:5");
    assertThat(at("server")).isEqualTo("4:2");
    assertThat(at("server", "host")).isEqualTo("5:1");
    assertThat(at("server", "quoted key")).isEqualTo("6:1");
    assertThat(at("server", "nested", "port")).isEqualTo("7:12");
    assertThat(at("server", "nested", "tls", "on")).isEqualTo("7:31");
    assertThat(at("server", "list", 0, "name")).isEqualTo("9:5");
    assertThat(at("server", "list", 1)).isEqualTo("11:3");
    assertThat(at("server", "list", 1, "note")).isEqualTo("11:19");
  }

  @Test
  void countsArraysOfTables() {
    assertThat(at("table", 0)).isEqualTo("15:3");
    assertThat(at("table", 0, "name")).isEqualTo("16:1");
    assertThat(at("table", 1, "name")).isEqualTo("19:1");
    assertThat(at("table", 1, "columns", 0, "name")).isEqualTo("22:1");
    assertThat(at("table", 1, "meta", "owner")).isEqualTo("25:1");
  }

  @Test
  void nearestFallsBackToTheClosestWrittenAncestor() {
    TomlPositions.Position p = positions.nearest(List.of("server", "missing", "deeper"));
    assertThat(p).isEqualTo(new TomlPositions.Position(4, 2));
    assertThat(positions.nearest(List.of("nothing"))).isNull();
  }
}
