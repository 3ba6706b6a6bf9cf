package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvSubstitutionTest {

  @Test
  void substitutesSetVariablesAndDefaults() {
    var r = EnvSubstitution.apply("a = \"${A}\"\nb = \"${B:-two}\"\nc = \"${C:-three}\"\n", Map.of("A", "one", "C", "3"));
    assertThat(r.text()).isEqualTo("a = \"one\"\nb = \"two\"\nc = \"3\"\n");
    assertThat(r.missing()).isEmpty();
  }

  @Test
  void emptyValueTakesTheDefaultButIsKeptWithoutOne() {
    var r = EnvSubstitution.apply("a = \"${A:-dflt}\" b = \"${A}\" c = \"${A:-}\"", Map.of("A", ""));
    assertThat(r.text()).isEqualTo("a = \"dflt\" b = \"\" c = \"\"");
  }

  @Test
  void reportsEachUnsetVariableWithItsPositionAndKeepsThePlaceholder() {
    var r = EnvSubstitution.apply("x = 1\n  y = \"${ONE}-${TWO}\"\n", Map.of());
    assertThat(r.text()).isEqualTo("x = 1\n  y = \"${ONE}-${TWO}\"\n");
    assertThat(r.missing()).containsExactly(
        new EnvSubstitution.Missing("ONE", 2, 8, 6), new EnvSubstitution.Missing("TWO", 2, 15, 6));
  }

  @Test
  void leavesCommentLinesAlone() {
    var r = EnvSubstitution.apply("# uses ${UNSET}\n  # ${ALSO}\nk = \"${K}\"", Map.of("K", "v"));
    assertThat(r.text()).isEqualTo("# uses ${UNSET}\n  # ${ALSO}\nk = \"v\"");
    assertThat(r.missing()).isEmpty();
  }
}
