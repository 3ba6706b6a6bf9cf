package dev.rocky.compiler.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.testkit.TestProjects;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link FastToml} builds exactly Jackson's tree (node types and key order included) or steps
 * aside; it never accepts what Jackson rejects.
 */
class FastTomlTest {

  private static @Nullable JsonNode jackson(String text) {
    try {
      return ProjectLoader.MAPPER.readTree(text);
    } catch (Exception e) {
      return null;
    }
  }

  private static @Nullable ObjectNode fast(String text) {
    return FastToml.parse(text, ProjectLoader.MAPPER.getNodeFactory());
  }

  /** Node types, values and key order, as one string. */
  private static String shape(JsonNode n) {
    StringBuilder b = new StringBuilder();
    shape(n, b);
    return b.toString();
  }

  private static void shape(JsonNode n, StringBuilder b) {
    b.append(n.getClass().getSimpleName());
    if (n.isObject()) {
      b.append('{');
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        b.append(e.getKey()).append('=');
        shape(e.getValue(), b);
        b.append(',');
      }
      b.append('}');
    } else if (n.isArray()) {
      b.append('[');
      n.forEach(c -> {
        shape(c, b);
        b.append(',');
      });
      b.append(']');
    } else {
      b.append('(').append(n).append(')');
    }
  }

  /** Whether the fast tree, when there is one, is Jackson's; returns whether the fast path took it. */
  private static boolean agrees(String text) {
    ObjectNode f = fast(text);
    JsonNode j = jackson(text);
    if (f != null) {
      assertThat(j).as("Jackson rejects what the fast reader accepted:%n%s", text).isNotNull();
      assertThat(shape(f)).as(text).isEqualTo(shape(j));
    }
    return f != null;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "# only a comment\n",
      "a = 1\nb = -2\nc = +3\nd = 0\ne = -0\nf = 3000000000\ng = -2147483648\nh = 2147483648\n",
      "s = \"plain\"\nt = 'literal \\\\ kept'\nu = \"tab\\there \\\"quoted\\\" back\\\\slash\"\nv = \"é ü 字\"\n",
      "e = \"\"\nf = ''\n",
      "yes = true\nno = false\n",
      "list = [1, 2, 3]\nempty = []\nnested = [[1, 2], [\"a\"]]\ntrailing = [\n  1,\n  2, # two\n]\n",
      "pt = { x = 1, y = \"two\", z = [true] }\nempty = {}\nnest = { a = { b = 1 } }\n",
      "[a]\nx = 1\n[b]\ny = 2\n",
      "[a.b.c]\nx = 1\n[a]\ny = 2\n[a.d]\nz = 3\n",
      "[[t]]\nn = 1\n[[t]]\nn = 2\n[other]\nk = 'v'\n[[t]]\nn = 3\n",
      "a.b = 1\na.c = 2\nd.e.f = \"x\"\n",
      "[tbl]\nx.y = 1\nx.z = 2\n",
      "\"quoted key\" = 1\n'literal key' = 2\n\"dotted.inside\" = 3\nbare-key_1 = 4\n1234 = 5\n",
      "[ spaced . header ]\n  indented = 1\n\tk\t=\t2\t# tab\n",
      "a = 1\r\nb = \"x\"\r\n[t]\r\nc = 2\r\n",
      "[\"quoted header\".sub]\nx = 1\n",
      "x = 1 # comment\n# [not.a.table]\ny = 2",
      // outside the subset: the fast reader must step aside
      "f = 1.5\n",
      "f = 1e3\n",
      "h = 0x1F\n",
      "u = 1_000\n",
      "i = inf\n",
      "d = 1979-05-27\n",
      "t = 07:32:00\n",
      "m = \"\"\"\nmulti\n\"\"\"\n",
      "m = '''\nmulti\n'''\n",
      "u = \"\\u00e9\"\n",
      "[[a]]\nx = 1\n[a.b]\ny = 2\n",
      // not TOML at all: both reject, or the fast reader steps aside
      "a = 1\na = 2\n",
      "[x]\n[x]\n",
      "x.y = 1\n[x]\nz = 2\n",
      "[a]\nb = 1\n[a.b]\nc = 2\n",
      "[a]\n[[a]]\n",
      "t = { a = 1 }\n[t]\nb = 2\n",
      "t = { a = 1 }\nt.b = 2\n",
      "a = 1 b = 2\n",
      "a = \n",
      "= 1\n",
      "a = 01\n",
      "a = [1 2]\n",
      "a = { b = 1\n}\n",
      "a = { b = 1, b = 2 }\n",
      "a = \"unterminated\n",
      "a = truex\n",
      "[a\n",
      "\"\" = 1\n",
      "a = 99999999999999999999\n",
      "a = \"bad \\q escape\"\n",
      "\uFEFFa = 1\n",
  })
  void fastTreeIsJacksonsOrNone(String text) {
    agrees(text);
  }

  @Test
  void takesThePlainSubset() {
    assertThat(fast("[a]\nx = [1, 'b', { c = true }]\n")).isNotNull();
    assertThat(fast("a = 1.5\n")).isNull();
    assertThat(fast("a = 1\na = 2\n")).isNull();
  }

  @Test
  void everyFixtureFileAgreesAndTakesTheFastPath() {
    List<String> slow = new ArrayList<>();
    int files = 0;
    for (String project : List.of("shop", "typed", "typed-errors")) {
      for (Map.Entry<String, String> f : TestProjects.files(project).entrySet()) {
        if (f.getKey().endsWith(".toml")) {
          files++;
          if (!agrees(f.getValue())) {
            slow.add(project + "/" + f.getKey());
          }
        }
      }
    }
    assertThat(files).isGreaterThan(25);
    assertThat(slow).as("fixture files outside the subset").hasSizeLessThan(files / 4);
  }
}
