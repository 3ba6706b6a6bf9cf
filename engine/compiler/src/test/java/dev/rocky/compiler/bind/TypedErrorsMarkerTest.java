package dev.rocky.compiler.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.compiler.sql.ParsedModel;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import dev.rocky.testkit.DiagnosticMarkers;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each SQL file of the {@code typed-errors} fixture marks the diagnostics it expects inline
 * ({@code -- DIAG: E003@5}); the binder must produce exactly those, and nothing on unmarked lines.
 */
class TypedErrorsMarkerTest {
  private static final dev.rocky.compiler.CompileResult RESULT = FixtureCompiler.compile("typed-errors", 1);
  private static final java.util.List<Model> MODELS = RESULT.project().models();

  @TestFactory
  Stream<DynamicTest> diagnosticsMatchTheMarkers() {
    Map<String, ModelAnalysis> analyses = RESULT.analyses();
    return MODELS.stream().map(m -> DynamicTest.dynamicTest(m.name(),
        () -> DiagnosticMarkers.assertMatches(m.sqlFile(), m.sql(), analyses.get(m.name()).diagnostics())));
  }

  @Test
  void everyBinderCodeIsMarkedSomewhere() {
    Set<DiagnosticCode> marked = EnumSet.noneOf(DiagnosticCode.class);
    for (Model m : MODELS) {
      DiagnosticMarkers.parse(m.sql()).forEach(marker -> marked.add(marker.code()));
    }
    assertThat(marked).containsAll(EnumSet.of(DiagnosticCode.E001, DiagnosticCode.E002, DiagnosticCode.E003,
        DiagnosticCode.E004, DiagnosticCode.W001, DiagnosticCode.W002, DiagnosticCode.I001, DiagnosticCode.I002));
  }

  @Test
  void markersCatchMissingUnexpectedAndMisplacedDiagnostics() {
    String sql = "SELECT a -- DIAG: E003@8, I002\nFROM t\n";
    assertThat(DiagnosticMarkers.parse(sql)).containsExactly(new DiagnosticMarkers.Marker(1, DiagnosticCode.E003, 8),
        new DiagnosticMarkers.Marker(1, DiagnosticCode.I002, 0));
    Diagnostic e003 = Diagnostic.of(DiagnosticCode.E003, "x").withSpan(SourceSpan.at("f", 1, 8));
    Diagnostic i002 = Diagnostic.of(DiagnosticCode.I002, "y").withSpan(SourceSpan.at("f", 1, 3));
    Diagnostic w001 = Diagnostic.of(DiagnosticCode.W001, "z").withSpan(SourceSpan.at("f", 2, 1));
    Diagnostic e003Elsewhere = Diagnostic.of(DiagnosticCode.E003, "x").withSpan(SourceSpan.at("f", 1, 9));
    assertThat(DiagnosticMarkers.mismatches(DiagnosticMarkers.parse(sql), List.of(e003, i002))).isEmpty();
    assertThat(DiagnosticMarkers.mismatches(DiagnosticMarkers.parse(sql), List.of(e003Elsewhere, i002, w001)))
        .containsExactly("missing E003 at line 1, col 8", "unexpected E003 at line 1, col 9: x",
            "unexpected W001 at line 2, col 1: z");
    assertThatThrownBy(() -> DiagnosticMarkers.parse("SELECT 1 -- DIAG: E999")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void quietModelsAreQuiet() {
    Map<String, ModelAnalysis> analyses = RESULT.analyses();
    List<String> quiet = analyses.keySet().stream().filter(n -> n.startsWith("quiet_")).toList();
    assertThat(quiet).hasSizeGreaterThanOrEqualTo(3);
    for (String name : quiet) {
      assertThat(analyses.get(name).diagnostics()).as(name).isEmpty();
    }
  }
}
