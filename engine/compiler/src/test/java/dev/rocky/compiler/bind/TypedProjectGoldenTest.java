package dev.rocky.compiler.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Binds every model of the {@code typed} fixture in topological order and compares the inferred
 * schema, lineage, join keys and diagnostics of each with {@code golden/typed/<model>.txt}.
 * Rewrite with {@code -Dgolden.update=true}, then review the diff.
 */
class TypedProjectGoldenTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "typed");

  private static Map<String, ModelAnalysis> analyses() {
    return FixtureCompiler.bindAll("typed", false);
  }

  @TestFactory
  Stream<DynamicTest> everyModelMatchesItsGoldenFile() {
    return analyses().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
        () -> GoldenFiles.assertMatches(GOLDEN.resolve(e.getKey() + ".txt"), AnalysisPrinter.print(e.getValue()))));
  }

  @Test
  void noGoldenFileIsStale() throws IOException {
    Map<String, ModelAnalysis> analyses = analyses();
    List<String> stale = new ArrayList<>();
    if (Files.isDirectory(GOLDEN)) {
      try (Stream<Path> files = Files.list(GOLDEN)) {
        files.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""))
            .filter(name -> !analyses.containsKey(name)).forEach(stale::add);
      }
    }
    assertThat(stale).as("golden files without a model").isEmpty();
  }

  @Test
  void fixtureIsLargeEnoughAndFreeOfErrors() {
    Map<String, ModelAnalysis> analyses = analyses();
    assertThat(analyses).hasSizeGreaterThanOrEqualTo(30);
    List<Diagnostic> errors = new ArrayList<>();
    analyses.values().forEach(a -> a.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add));
    assertThat(errors).isEmpty();
  }

  @Test
  void goldenFilesFailOnDifferencesAndOnMissingFiles(@TempDir Path dir) throws IOException {
    Assumptions.assumeFalse(GoldenFiles.updating(), "comparison only");
    Path golden = dir.resolve("x.txt");
    Files.writeString(golden, "a\r\nb\n");
    GoldenFiles.assertMatches(golden, "a\nb\n");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(golden, "a\nc\n")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("golden.update");
    assertThatThrownBy(() -> GoldenFiles.assertMatches(dir.resolve("missing.txt"), "a")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("does not exist");
    assertThat(golden).hasContent("a\r\nb\n");
  }

  @Test
  void bindingLayersInParallelGivesTheSameAnalyses() {
    Map<String, ModelAnalysis> sequential = analyses();
    for (int round = 0; round < 5; round++) {
      Map<String, ModelAnalysis> parallel = FixtureCompiler.bindAll("typed", true);
      assertThat(parallel).isEqualTo(sequential);
    }
  }
}
