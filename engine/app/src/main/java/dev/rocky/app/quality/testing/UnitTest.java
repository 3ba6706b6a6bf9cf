package dev.rocky.app.quality.testing;

import dev.rocky.app.quality.RawTable;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A sidecar's {@code [[test]]}: fixture rows per upstream {@code ref} ({@code [[test.given]]}) and
 * the rows the model must return ({@code [test.expect]}): a multiset by default, in order with
 * {@code ordered = true}; only the columns named in the expected rows are compared, and no rows
 * means the model must return none.
 */
public record UnitTest(String model, String name, @Nullable String description, List<Given> given,
    List<Map<String, @Nullable Object>> expected, boolean ordered) {

  public UnitTest {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(name, "name");
    given = List.copyOf(given);
    expected = List.copyOf(expected);
  }

  /** The rows of one upstream table. */
  public record Given(String ref, List<Map<String, @Nullable Object>> rows) {
    public Given {
      rows = List.copyOf(rows);
    }
  }

  /** The unit tests of a model's sidecar, in order; a malformed one is a coded error. */
  public static List<UnitTest> of(Model model) {
    List<UnitTest> out = new ArrayList<>();
    List<Map<String, Object>> raw = model.config().unitTests();
    for (int i = 0; i < raw.size(); i++) {
      out.add(parse(model.name(), RawTable.of(raw.get(i), "model '" + model.name() + "' [[test]] " + (i + 1))));
    }
    return out;
  }

  private static UnitTest parse(String model, RawTable raw) {
    raw.onlyKeys(Set.of("name", "description", "given", "expect"));
    String name = raw.string("name");
    RawTable t = RawTable.of(raw.values(), "model '" + model + "' test '" + name + "'");
    List<Given> given = new ArrayList<>();
    for (Map<String, ?> g : tables(t, t.values().get("given"), "given")) {
      RawTable gt = RawTable.of(g, t.where() + " [[test.given]]");
      gt.onlyKeys(Set.of("ref", "rows"));
      given.add(new Given(gt.string("ref"), rows(gt)));
    }
    Object expect = t.values().get("expect");
    if (!(expect instanceof Map<?, ?> e)) {
      throw t.invalid("[test.expect] is required, with rows = [...]");
    }
    RawTable et = RawTable.of(cast(e), t.where() + " [test.expect]");
    et.onlyKeys(Set.of("rows", "ordered"));
    Boolean ordered = et.optBoolean("ordered");
    return new UnitTest(model, name, t.optString("description"), given, rows(et), ordered != null && ordered);
  }

  private static List<Map<String, @Nullable Object>> rows(RawTable t) {
    Object rows = t.values().get("rows");
    if (rows == null) {
      return List.of();
    }
    List<Map<String, @Nullable Object>> out = new ArrayList<>();
    for (Map<String, ?> row : tables(t, rows, "rows")) {
      out.add(new LinkedHashMap<>(row));
    }
    return out;
  }

  private static List<Map<String, ?>> tables(RawTable t, @Nullable Object value, String key) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list)) {
      throw t.invalid("'" + key + "' must be a list of tables");
    }
    List<Map<String, ?>> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> m)) {
        throw t.invalid("'" + key + "' must hold tables, not " + item);
      }
      out.add(cast(m));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> cast(Map<?, ?> m) {
    return (Map<String, ?>) m;
  }
}
