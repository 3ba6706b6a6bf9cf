package dev.rocky.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.compile.CompileReport;
import dev.rocky.app.compile.CompileService;
import dev.rocky.app.compile.ModelDetail;
import dev.rocky.app.lineage.ColumnLineageOutput;
import dev.rocky.app.lineage.EdgeRecord;
import dev.rocky.app.lineage.LineageOutput;
import dev.rocky.app.lineage.LineageReports;
import dev.rocky.app.lineage.QualifiedColumn;
import dev.rocky.app.lineage.UnresolvedRecord;
import dev.rocky.bench.ProjectGenerator;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.CompileTimings;
import dev.rocky.compiler.lineage.Direction;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.lineage.ColumnRef;
import dev.rocky.core.port.CacheStore;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.TargetRef;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import dev.rocky.store.local.DirectoryProjectSource;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hand-written payloads print, byte for byte, what data binding prints for the records they
 * wrap ({@link Json#envelope} of the bare record is the reference): the compile report and the
 * lineage of every model and every column of every fixture project and of a generated 1,000-model
 * project, and made-up reports with every strategy and every optional field.
 */
class JsonPayloadTest {

  static List<String> fixtures() throws IOException, URISyntaxException {
    URI shop = Objects.requireNonNull(TestProjects.class.getResource("/projects/shop/rocky.toml")).toURI();
    Path projects;
    if (shop.getScheme().equals("jar")) {
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(shop, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(shop);
      }
      projects = fs.getPath("/projects");
    } else {
      projects = Path.of(shop).getParent().getParent();
    }
    try (Stream<Path> children = Files.list(projects)) {
      return children.filter(p -> Files.exists(p.resolve("rocky.toml")))
          .map(p -> p.getFileName().toString().replace("/", "")).sorted().toList();
    }
  }

  @Test
  void theFixturesAreFound() throws Exception {
    assertThat(fixtures()).contains(TestProjects.SHOP, TestProjects.TYPED, TestProjects.LINEAGE, TestProjects.GOVERNED)
        .hasSizeGreaterThanOrEqualTo(7);
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aFixtureProjectPrintsAsDataBindingDoes(String fixture, @TempDir Path dir) {
    CompileResult result = compile(TestProjects.copyTo(fixture, dir.resolve(fixture)));
    assertCompileReportsMatch(result);
    LineageGraph graph = result.lineage();
    for (String model : graph.models()) {
      assertLineageMatches(graph, model, true);
    }
  }

  @Test
  void aGeneratedThousandModelProjectPrintsAsDataBindingDoes(@TempDir Path dir) throws IOException {
    Path project = dir.resolve("p1000");
    ProjectGenerator.generate(1000, 42, project);
    CompileResult result = compile(project);
    assertThat(result.project()).isNotNull();
    assertThat(result.project().models()).hasSize(1000);
    String text = assertCompileReportsMatch(result);
    assertThat(text).contains("\"models_detail\": [").contains("\"code\": \"I001\"");
    LineageGraph graph = result.lineage();
    List<String> models = graph.models();
    for (int i = 0; i < models.size(); i++) {
      assertLineageMatches(graph, models.get(i), i % 25 == 0);
    }
  }

  @Test
  void everyStrategyAndEveryOptionalFieldPrintsAsDataBindingDoes() {
    TypedColumn decimal = new TypedColumn("amount", new RockyType.Decimal(12, 2), false);
    TypedColumn nested = new TypedColumn("tags", new RockyType.Array(RockyType.STRING), true);
    TypedColumn struct = new TypedColumn("address",
        new RockyType.Struct(List.of(new TypedColumn("city", RockyType.STRING, true))), true);
    TypedColumn map = new TypedColumn("attrs", new RockyType.MapOf(RockyType.STRING, RockyType.INT64), true);
    List<TypedColumn> columns = List.of(decimal, nested, struct, map, TypedColumn.unknown("ünïcode \"quoted\"\n"));
    Map<String, String> tags = new LinkedHashMap<>();
    tags.put("owner", "data-eng");
    tags.put("tier", "");
    List<Strategy> strategies = List.of(
        new Strategy.FullRefresh(),
        new Strategy.Incremental("updated_at"),
        new Strategy.Merge(List.of("id", "region"), null),
        new Strategy.Merge(List.of("id"), List.of()),
        new Strategy.Merge(List.of(), List.of("status", "amount")),
        new Strategy.DeleteInsert(List.of("day")),
        new Strategy.TimeInterval("ts", Strategy.Granularity.HOUR, null, null, null),
        new Strategy.TimeInterval("ts", Strategy.Granularity.MONTH, 3, 7, "2026-01"),
        new Strategy.Microbatch("ts", null),
        new Strategy.Microbatch("ts", Strategy.Granularity.YEAR),
        new Strategy.Ephemeral(),
        new Strategy.View(),
        new Strategy.MaterializedView());
    List<Freshness> freshness = new ArrayList<>();
    freshness.add(null);
    freshness.add(new Freshness(3600L, "updated_at", "error"));
    freshness.add(new Freshness(null, null, null));
    freshness.add(new Freshness(60L, null, "warn"));
    List<ModelDetail> details = new ArrayList<>();
    for (int i = 0; i < strategies.size(); i++) {
      boolean odd = i % 2 == 1;
      details.add(new ModelDetail(i == 3 ? "" : "m" + i, strategies.get(i),
          odd ? new TargetRef("cat", "sch", "t" + i) : new TargetRef(null, i == 2 ? "sch" : null, "t" + i),
          freshness.get(i % freshness.size()),
          i == 4 ? "" : odd ? "models/m" + i + ".contract.toml" : null,
          odd ? List.of("m0", "raw.orders") : List.of(),
          odd ? tags : Map.of(),
          i % 3 == 0 ? List.of() : columns,
          odd));
    }
    List<Diagnostic> diagnostics = List.of(
        Diagnostic.of(DiagnosticCode.E010, "no model, span or suggestion"),
        new Diagnostic(Severity.Warning, DiagnosticCode.W005, "tab\there, \u2028 and \u0001", "m1",
            SourceSpan.at("models/m1.sql", 3, 14, 9), "declare a freshness"),
        new Diagnostic(Severity.Info, DiagnosticCode.I001, "whole file", null, SourceSpan.file("models/m2.toml"), null));
    CompileTimings timings = new CompileTimings(1, 2, 3, 4, 5, 15);

    assertSameText("compile", new CompileReport(13, 4, true, diagnostics, timings, details),
        new CompileReportJson(new CompileReport(13, 4, true, diagnostics, timings, details)));
    assertSameText("compile", new CompileReport(0, 0, false, List.of(), null, List.of()),
        new CompileReportJson(new CompileReport(0, 0, false, List.of(), null, List.of())));
    assertSameText("compile", Map.of("diagnostics", diagnostics), new DiagnosticsJson(diagnostics));
    assertSameText("compile", Map.of("diagnostics", List.of()), new DiagnosticsJson(List.of()));
  }

  @Test
  void lineageWithEmptyListsAndUnknownTypesPrintsAsDataBindingDoes() {
    LineageOutput empty = new LineageOutput("m", List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertSameText("lineage", empty, new LineageJson.Model(empty));
    EdgeRecord edge = new EdgeRecord(new QualifiedColumn("raw.orders", "id"), new QualifiedColumn("m", "id"), "direct");
    UnresolvedRecord star = new UnresolvedRecord("m", "*", "SELECT * over an unknown table");
    LineageOutput full = new LineageOutput("m",
        List.of(new LineageOutput.ColumnDef("id", "Int64"), new LineageOutput.ColumnDef("x", null)),
        List.of("a", "b"), List.of("c"), List.of(edge, edge), List.of("raw.orders"), List.of(star));
    assertSameText("lineage", full, new LineageJson.Model(full));
    ColumnLineageOutput trace = new ColumnLineageOutput("m", "id", "downstream", List.of(edge), List.of(star));
    assertSameText("lineage", trace, new LineageJson.Column(trace));
  }

  private static CompileResult compile(Path project) {
    return new CompileService(CacheStore.NONE, null).compile(new DirectoryProjectSource(project), CompileOptions.defaults());
  }

  /** Asserts that the report of {@code result} prints the same both ways; returns the text. */
  private static String assertCompileReportsMatch(CompileResult result) {
    CompileReport report = CompileReport.of(result, null);
    String text = assertSameText("compile", report, new CompileReportJson(report));
    if (!report.modelsDetail().isEmpty()) {
      String only = report.modelsDetail().get(0).name();
      CompileReport one = CompileReport.of(result, only);
      assertSameText("compile", one, new CompileReportJson(one));
    }
    return text;
  }

  private static void assertLineageMatches(LineageGraph graph, String model, boolean columns) {
    LineageOutput output = LineageReports.model(graph, model);
    assertSameText("lineage", output, new LineageJson.Model(output));
    if (columns) {
      for (LineageOutput.ColumnDef c : output.columns()) {
        for (Direction direction : Direction.values()) {
          ColumnLineageOutput trace = LineageReports.column(graph, new ColumnRef(model, c.name()), direction);
          assertSameText("lineage", trace, new LineageJson.Column(trace));
        }
      }
    }
  }

  private static String assertSameText(String command, Object record, JsonPayload payload) {
    String bound = Json.envelope(command, record);
    String written = Json.envelope(command, payload);
    assertThat(written).isEqualTo(bound);
    return written;
  }
}
