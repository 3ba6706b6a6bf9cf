package dev.rocky.app.dbt;

import dev.rocky.app.dbt.Translation.Issue;
import java.util.ArrayList;
import java.util.List;

/**
 * dbt unit tests to Rocky's {@code [[test]]} fixtures: each {@code given} input
 * ({@code ref('m')} or {@code source('s', 't')}) becomes a {@code [[test.given]]} with its rows,
 * {@code expect} becomes {@code [test.expect]}. Only the {@code dict} row format translates.
 */
final class UnitTests {
  private final DbtProject project;
  private final Resolver resolver;
  private int converted;

  UnitTests(DbtProject project, Resolver resolver) {
    this.project = project;
    this.resolver = resolver;
  }

  /** The fixtures of {@code model}; those that do not translate are added to {@code issues}. */
  List<Sidecars.UnitTest> of(String model, List<Issue> issues) {
    List<Sidecars.UnitTest> out = new ArrayList<>();
    for (DbtProject.DbtUnitTest u : project.unitTests()) {
      if (!u.model().equals(model)) {
        continue;
      }
      List<Sidecars.Given> given = new ArrayList<>();
      String problem = null;
      for (DbtProject.Given g : u.given()) {
        String ref = ref(g.input());
        if (ref == null) {
          problem = "input " + g.input() + " is not a ref() or source()";
        } else if (!g.format().equals("dict")) {
          problem = "input " + g.input() + " uses the '" + g.format() + "' format (only dict rows translate)";
        } else {
          given.add(new Sidecars.Given(ref, g.rows()));
        }
      }
      if (problem == null && u.expect().isEmpty() && !u.given().isEmpty()) {
        problem = "its expected rows are not in the dict format";
      }
      if (problem != null) {
        issues.add(Issue.warning("unit_test", "unit test '" + u.name() + "' not imported: " + problem, 0));
        continue;
      }
      out.add(new Sidecars.UnitTest(u.name(), u.description(), given, u.expect()));
      converted++;
    }
    return out;
  }

  int converted() {
    return converted;
  }

  private @org.jspecify.annotations.Nullable String ref(String input) {
    JinjaCall call = JinjaCall.parse(input.replace("{{", "").replace("}}", ""));
    if (call == null) {
      return null;
    }
    if (call.name().equals("ref") && call.stringArg(call.args().size() - 1) != null) {
      return resolver.ref(call.stringArg(call.args().size() - 1)).sql();
    }
    if (call.name().equals("source") && call.stringArg(0) != null && call.stringArg(1) != null) {
      return resolver.source(call.stringArg(0), call.stringArg(1)).sql();
    }
    return null;
  }
}
