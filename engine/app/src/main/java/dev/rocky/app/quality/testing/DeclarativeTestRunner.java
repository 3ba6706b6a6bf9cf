package dev.rocky.app.quality.testing;

import dev.rocky.app.quality.AssertionParser;
import dev.rocky.app.quality.AssertionRunner;
import dev.rocky.app.quality.CheckResult;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.planner.quality.Assertion;
import dev.rocky.planner.sql.TableName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rocky test --declarative}: each model's {@code [[tests]]} and {@code [[use_test]]} (a
 * definition of {@code test_definitions.toml} with the use's column, severity and filter) run as
 * assertions on the model's table in the warehouse. A malformed test or one that cannot run is
 * reported as {@code error}, and the others still run.
 */
public final class DeclarativeTestRunner {
  private final AssertionRunner runner;

  public DeclarativeTestRunner(WarehouseAdapter adapter) {
    this.runner = new AssertionRunner(adapter);
  }

  /**
   * @param targets each model's table
   * @param definitions {@code test_definitions.toml} by name
   */
  public DeclarativeResult.Summary run(List<Model> models, Map<String, TableName> targets,
      Map<String, Map<String, Object>> definitions) {
    List<DeclarativeResult> results = new ArrayList<>();
    for (Model m : models) {
      TableName table = targets.get(m.name());
      if (table == null) {
        continue;
      }
      List<Map<String, Object>> tests = m.config().tests();
      for (int i = 0; i < tests.size(); i++) {
        results.add(run(m, table, tests.get(i), "model '" + m.name() + "' [[tests]] " + (i + 1)));
      }
      for (Map<String, Object> use : m.config().useTests()) {
        String name = String.valueOf(use.get("name"));
        Map<String, Object> definition = definitions.get(name);
        if (definition == null) {
          results.add(error(m, table, name, "no test named '" + name + "' in models/" + TestDefinitions.FILE));
          continue;
        }
        results.add(run(m, table, AssertionParser.applyUse(definition, use), "model '" + m.name()
            + "' [[use_test]] '" + name + "'"));
      }
    }
    return DeclarativeResult.Summary.of(results);
  }

  private DeclarativeResult run(Model m, TableName table, Map<String, Object> test, String where) {
    Assertion a;
    try {
      a = AssertionParser.modelTest(test, where);
    } catch (RuntimeException e) {
      return error(m, table, String.valueOf(test.get("type")), UnitTestRunner.oneLine(e));
    }
    AssertionRunner.Run run = runner.run(a, table);
    CheckResult r = run.result();
    String status = r.notEvaluated() != null ? "error" : r.passed() ? "pass" : "fail";
    String detail = r.notEvaluated() != null ? r.notEvaluated() : detail(r);
    return new DeclarativeResult(m.name(), table.qualifiedName(), a.kind().id(), a.name(), a.column(),
        a.severity().id(), status, detail, run.sql() == null ? "" : run.sql());
  }

  private static String detail(CheckResult r) {
    Map<String, ?> d = r.details();
    if (d.containsKey("failing_rows")) {
      return d.get("failing_rows") + " failing rows";
    }
    if (d.containsKey("row_count")) {
      return d.get("row_count") + " rows";
    }
    return "observed " + d.get("observed");
  }

  private static DeclarativeResult error(Model m, TableName table, String type, String why) {
    return new DeclarativeResult(m.name(), table.qualifiedName(), type, type, null, "error", "error", why, "");
  }
}
