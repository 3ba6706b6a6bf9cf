package dev.rocky.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rendered examples on docs/diagnostics pages are what the checks really say: each example is
 * run through its checker and the renderer, and the page must show that output verbatim.
 */
class DiagnosticDocExamplesTest {

  private static Path docsDir() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path docs = p.resolve("docs").resolve("diagnostics");
      if (Files.isDirectory(docs)) {
        return docs;
      }
    }
    throw new AssertionError("no docs/diagnostics above " + dir);
  }

  @Test
  void eachWorkedExampleShowsTheRealOutput() throws IOException {
    Path docs = docsDir();
    for (Map.Entry<DiagnosticCode, DocExamples.Example> e : DocExamples.all().entrySet()) {
      DiagnosticCode code = e.getKey();
      DocExamples.Example example = e.getValue();
      List<Diagnostic> found = example.diagnostics().get();
      assertThat(found).as("diagnostics of the %s example", code).extracting(Diagnostic::code).containsExactly(code);

      DiagnosticRenderer renderer = new DiagnosticRenderer(f -> Optional.ofNullable(example.files().get(f)), false);
      String block = "```text\n" + renderer.render(found.getFirst()) + "```\n";
      String page = Files.readString(docs.resolve(code.code() + ".md"), StandardCharsets.UTF_8);
      assertThat(page).as("docs/diagnostics/%s.md shows the real output", code).contains(block);
    }
  }
}
