package dev.rocky.app.ai;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.app.dbt.TomlText;
import dev.rocky.app.quality.testing.DeclarativeResult;
import dev.rocky.app.quality.testing.DeclarativeTestRunner;
import dev.rocky.app.quality.testing.LocalModelRunner;
import dev.rocky.app.quality.testing.LocalTestService;
import dev.rocky.app.quality.testing.ModelTestResult;
import dev.rocky.app.quality.testing.UnitTest;
import dev.rocky.app.quality.testing.UnitTestResult;
import dev.rocky.app.quality.testing.UnitTestRunner;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.ai.AiMessage;
import dev.rocky.core.ai.AiProvider;
import dev.rocky.core.ai.AiRequest;
import dev.rocky.core.port.WarehouseAdapter;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Project;
import dev.rocky.planner.ModelGraph;
import dev.rocky.planner.RunPlanner;
import dev.rocky.planner.Selection;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * {@code rocky ai-test}: asks the model for {@code [[tests]]} and {@code [[test]]} entries for one
 * model, runs each with {@code rocky test}'s machinery on DuckDB (the declarative ones on the
 * model built from {@code data/seed.sql}, each unit test on its own fixtures) and keeps those that
 * pass, rendered as TOML to append to the sidecar.
 */
public final class ProposeTestsService {
  private final AiProvider provider;
  private final Supplier<WarehouseAdapter> databases;
  private final int maxTokens;

  /** @param databases opens a new, empty in-memory DuckDB */
  public ProposeTestsService(AiProvider provider, Supplier<WarehouseAdapter> databases, int maxTokens) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.databases = Objects.requireNonNull(databases, "databases");
    this.maxTokens = maxTokens;
  }

  /**
   * Every proposal, kept or not, and the TOML of the kept ones (empty when none passed).
   *
   * @param toml {@code [[tests]]} and {@code [[test]]} tables of the kept proposals, to append to the sidecar
   */
  public record Outcome(String model, List<Proposal> proposals, String toml) {
    public Outcome {
      proposals = List.copyOf(proposals);
    }

    public long kept() {
      return proposals.stream().filter(Proposal::kept).count();
    }
  }

  /**
   * @param compiled a compile without errors
   * @param models the models as they run ({@code @var} substituted)
   */
  public Outcome propose(CompileResult compiled, List<Model> models, String name) {
    Model model = models.stream().filter(m -> m.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no model " + name));
    String answer = provider.complete(new AiRequest(TestsPrompt.system(),
        List.of(AiMessage.user(TestsPrompt.request(compiled, model))), maxTokens)).text();
    Map<String, Object> proposed = parse(answer);
    List<Map<String, Object>> declarative = new ArrayList<>(tables(proposed.get("tests")));
    declarative.removeAll(model.config().tests());
    List<Map<String, Object>> units = tables(proposed.get("test"));
    if (declarative.isEmpty() && units.isEmpty()) {
      throw AnswerParser.malformed("the answer's TOML holds no new [[tests]] or [[test]] entries");
    }
    List<Proposal> out = new ArrayList<>(runDeclarative(compiled, models, model, declarative));
    out.addAll(runUnits(compiled, model, units));
    return new Outcome(name, out, render(out));
  }

  private List<Proposal> runDeclarative(CompileResult compiled, List<Model> models, Model model,
      List<Map<String, Object>> tests) {
    if (tests.isEmpty()) {
      return List.of();
    }
    Project project = Objects.requireNonNull(compiled.project(), "project");
    ModelGraph graph = new ModelGraph(Objects.requireNonNull(compiled.dag(), "dag").layers(), compiled.dag().upstream());
    try (WarehouseAdapter db = databases.get()) {
      SqlDialect dialect = SqlDialect.of(db.dialect());
      var plan = new RunPlanner(dialect, graph, models, compiled.schemas(), TargetResolver.of(dialect)).plan(Selection.all());
      ModelTestResult built = new LocalModelRunner(db).run(project.seedSql(), plan, graph).stream()
          .filter(r -> r.model().equals(model.name())).findFirst().orElse(ModelTestResult.fail(model.name(), "not run"));
      List<Proposal> out = new ArrayList<>();
      if (!built.passed()) {
        tests.forEach(t -> out.add(new Proposal(Proposal.DECLARATIVE, label(t), false,
            "the model did not build on the seed: " + built.error(), t)));
        return out;
      }
      Model probe = new Model(model.name(), model.sqlFile(), model.sql(), model.sidecarFile(), withTests(model.config(), tests));
      DeclarativeResult.Summary summary = new DeclarativeTestRunner(db)
          .run(List.of(probe), Map.of(model.name(), TargetResolver.of(dialect).resolve(model.target())), Map.of());
      for (int i = 0; i < tests.size(); i++) {
        DeclarativeResult r = summary.results().get(i);
        boolean passed = r.status().equals("pass");
        out.add(new Proposal(Proposal.DECLARATIVE, label(tests.get(i)), passed, passed ? null : r.status() + ": " + r.detail(),
            tests.get(i)));
      }
      return out;
    }
  }

  private List<Proposal> runUnits(CompileResult compiled, Model model, List<Map<String, Object>> tests) {
    Project project = Objects.requireNonNull(compiled.project(), "project");
    UnitTestRunner runner = new UnitTestRunner(databases, ref -> LocalTestService.columns(ref, compiled, project));
    List<Proposal> out = new ArrayList<>();
    for (Map<String, Object> t : tests) {
      String name = String.valueOf(t.getOrDefault("name", "(unnamed)"));
      Model probe = new Model(model.name(), model.sqlFile(), model.sql(), model.sidecarFile(),
          withUnitTests(model.config(), List.of(t)));
      UnitTest test;
      try {
        test = UnitTest.of(probe).getFirst();
      } catch (RuntimeException e) {
        out.add(new Proposal(Proposal.UNIT, name, false, "malformed: " + e.getMessage(), t));
        continue;
      }
      UnitTestResult r = runner.run(probe, test);
      out.add(new Proposal(Proposal.UNIT, name, r.passed(), r.error(), t));
    }
    return out;
  }

  /** The kept proposals as sidecar TOML: {@code [[tests]]} first, then each {@code [[test]]}. */
  @SuppressWarnings("unchecked")
  static String render(List<Proposal> proposals) {
    TomlText toml = new TomlText();
    for (Proposal p : proposals) {
      if (p.kept() && p.kind().equals(Proposal.DECLARATIVE)) {
        toml.arrayTable("tests").putAll(p.definition());
      }
    }
    for (Proposal p : proposals) {
      if (!p.kept() || !p.kind().equals(Proposal.UNIT)) {
        continue;
      }
      Map<String, Object> t = new LinkedHashMap<>(p.definition());
      Object given = t.remove("given");
      Object expect = t.remove("expect");
      toml.arrayTable("test").putAll(t);
      for (Map<String, Object> g : tables(given)) {
        Map<String, Object> rest = new LinkedHashMap<>(g);
        Object rows = rest.remove("rows");
        toml.arrayTable("test.given").putAll(rest).putRows("rows", (List<Map<String, Object>>) (List<?>) tables(rows));
      }
      if (expect instanceof Map<?, ?> e) {
        Map<String, Object> rest = new LinkedHashMap<>((Map<String, Object>) e);
        Object rows = rest.remove("rows");
        toml.table("test.expect").putAll(rest).putRows("rows", (List<Map<String, Object>>) (List<?>) tables(rows));
      }
    }
    return toml.toString();
  }

  private static Map<String, Object> parse(String answer) {
    String toml = AnswerParser.blocks(answer).stream().filter(b -> b.tag().equals("toml")).map(AnswerParser.Block::text)
        .findFirst().orElseThrow(() -> AnswerParser.malformed("the answer has no ```toml code block"));
    try {
      Map<String, Object> map = new TomlMapper().readValue(toml, new TypeReference<LinkedHashMap<String, Object>>() {});
      return map == null ? Map.of() : map;
    } catch (JacksonException e) {
      throw AnswerParser.malformed("the answer's ```toml block is not valid TOML: " + e.getOriginalMessage());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> tables(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object item : list) {
      if (item instanceof Map<?, ?> m) {
        out.add((Map<String, Object>) m);
      }
    }
    return out;
  }

  private static String label(Map<String, Object> test) {
    Object column = test.get("column");
    return test.getOrDefault("type", "(no type)") + (column == null ? "" : " " + column);
  }

  private static ModelConfig withTests(ModelConfig c, List<Map<String, Object>> tests) {
    return new ModelConfig(c.dependsOn(), c.adapter(), c.intent(), c.strategy(), c.target(), c.freshness(),
        c.classification(), c.tags(), c.columnDescriptions(), tests, c.unitTests(), c.budget(), c.group(), c.args(),
        c.sources(), c.format(), c.formatOptions(), List.of(), c.governanceTags(), c.retention(), c.skip(),
        c.surrogateKeys(), c.declaredKeys(), c.grants());
  }

  private static ModelConfig withUnitTests(ModelConfig c, List<Map<String, Object>> unitTests) {
    return new ModelConfig(c.dependsOn(), c.adapter(), c.intent(), c.strategy(), c.target(), c.freshness(),
        c.classification(), c.tags(), c.columnDescriptions(), c.tests(), unitTests, c.budget(), c.group(), c.args(),
        c.sources(), c.format(), c.formatOptions(), c.useTests(), c.governanceTags(), c.retention(), c.skip(),
        c.surrogateKeys(), c.declaredKeys(), c.grants());
  }
}
