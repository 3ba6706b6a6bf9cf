package dev.rocky.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SelectionTest {
  /**
   * <pre>
   *   a   b        layer 0
   *   |\ /
   *   | c   d      layer 1 (d reads b)
   *   |  \ /
   *   e   f        layer 2 (e reads a, f reads c and d)
   *       |
   *       g        layer 3
   * </pre>
   */
  private static final ModelGraph GRAPH;
  private static final Set<String> MODELS = Set.of("a", "b", "c", "d", "e", "f", "g");

  static {
    Map<String, List<String>> up = new LinkedHashMap<>();
    up.put("a", List.of());
    up.put("b", List.of());
    up.put("c", List.of("a", "b"));
    up.put("d", List.of("b"));
    up.put("e", List.of("a"));
    up.put("f", List.of("c", "d"));
    up.put("g", List.of("f"));
    GRAPH = Fixtures.graph(up, List.copyOf(up.keySet()));
  }

  private static Set<String> select(String... selectors) {
    return Selection.of(selectors).resolve(GRAPH, MODELS);
  }

  @Test
  void parsesTheFourSelectorForms() {
    assertThat(Selector.parse("fct")).isEqualTo(new Selector("fct", false, false));
    assertThat(Selector.parse("+fct")).isEqualTo(new Selector("fct", true, false));
    assertThat(Selector.parse("fct+")).isEqualTo(new Selector("fct", false, true));
    assertThat(Selector.parse(" +fct+ ")).isEqualTo(new Selector("fct", true, true));
    assertThat(Selector.parse("+fct+").toString()).isEqualTo("+fct+");
    assertThat(Selector.model("x")).isEqualTo(Selector.parse("x"));
  }

  @Test
  void refusesMalformedSelectors() {
    for (String bad : new String[] {"", "+", "++a", "a++", "a+b", "a b", "+ a"}) {
      assertThatThrownBy(() -> Selector.parse(bad)).hasMessageContaining("invalid model selector");
    }
  }

  @Test
  void selectsOneModel() {
    assertThat(select("c")).containsExactly("c");
  }

  @Test
  void plusBeforeAddsEverythingUpstream() {
    assertThat(select("+f")).containsExactlyInAnyOrder("f", "c", "d", "a", "b");
    assertThat(select("+a")).containsExactly("a");
  }

  @Test
  void plusAfterAddsEverythingDownstream() {
    assertThat(select("b+")).containsExactlyInAnyOrder("b", "c", "d", "f", "g");
    assertThat(select("g+")).containsExactly("g");
  }

  @Test
  void plusOnBothSidesAddsBoth() {
    assertThat(select("+c+")).containsExactlyInAnyOrder("a", "b", "c", "f", "g");
  }

  @Test
  void selectorsUnite() {
    assertThat(select("e", "d+")).containsExactlyInAnyOrder("e", "d", "f", "g");
  }

  @Test
  void noSelectorSelectsEverything() {
    assertThat(Selection.all().resolve(GRAPH, MODELS)).containsExactly("a", "b", "c", "d", "e", "f", "g");
  }

  @Test
  void refusesUnknownModels() {
    assertThatThrownBy(() -> select("+nope")).hasMessage("unknown model 'nope' in selector '+nope'");
  }
}
