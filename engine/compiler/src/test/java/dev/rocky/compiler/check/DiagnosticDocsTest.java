package dev.rocky.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.DiagnosticCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every code in the registry has a page in docs/diagnostics, and the index links it. */
class DiagnosticDocsTest {

  /** The repository's docs/diagnostics, found by walking up from the working directory. */
  static Path docsDir() {
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
  void everyCodeHasAPageHeadedByItsSummary() throws IOException {
    Path docs = docsDir();
    List<String> problems = new ArrayList<>();
    for (DiagnosticCode code : DiagnosticCode.values()) {
      Path page = docs.resolve(code.code() + ".md");
      if (!Files.exists(page)) {
        problems.add(code.code() + ": no page " + page.getFileName());
        continue;
      }
      String text = Files.readString(page, StandardCharsets.UTF_8);
      String heading = "# " + code.code() + ": " + code.summary();
      if (!text.lines().findFirst().orElse("").equals(heading)) {
        problems.add(code.code() + ": first line should be '" + heading + "'");
      }
      for (String section : List.of("## Example", "## How to fix")) {
        if (!text.contains("\n" + section + "\n")) {
          problems.add(code.code() + ": no '" + section + "' section");
        }
      }
      if (!text.contains("**" + code.severity().name() + "**")) {
        problems.add(code.code() + ": does not state its severity " + code.severity());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theIndexLinksEveryPage() throws IOException {
    String index = Files.readString(docsDir().resolve("README.md"), StandardCharsets.UTF_8);

    assertThat(Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code))
        .allSatisfy(code -> assertThat(index).contains("[" + code + "](" + code + ".md)"));
  }

  @Test
  void noPageDescribesACodeTheRegistryDoesNotHave() throws IOException {
    Set<String> codes = Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).collect(Collectors.toSet());
    try (Stream<Path> files = Files.list(docsDir())) {
      List<String> orphans = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".md") && !n.equals("README.md"))
          .map(n -> n.substring(0, n.length() - 3))
          .filter(n -> !codes.contains(n))
          .sorted()
          .toList();
      assertThat(orphans).isEmpty();
    }
  }
}
