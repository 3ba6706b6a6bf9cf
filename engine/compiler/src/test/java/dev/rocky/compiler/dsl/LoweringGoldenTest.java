package dev.rocky.compiler.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.testkit.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code src/test/resources/dsl/<case>.rocky} lowers to exactly
 * {@code golden/dsl/<case>.sql}: one case per construct. Rewrite with {@code -Dgolden.update=true},
 * then review the diff.
 */
class LoweringGoldenTest {
  private static final Path INPUTS = Path.of("src", "test", "resources", "dsl");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "dsl");

  private static List<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.list(INPUTS)) {
      return files.filter(f -> f.toString().endsWith(".rocky")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseLowersToItsGoldenSql() throws IOException {
    return inputs().stream().map(input -> DynamicTest.dynamicTest(input.getFileName().toString(), () -> {
      String name = input.getFileName().toString().replace(".rocky", "");
      RockyDsl.Result result = RockyDsl.lower("models/" + name + ".rocky", Files.readString(input, StandardCharsets.UTF_8));
      assertThat(result).as("%s lowers", name).isInstanceOf(RockyDsl.Lowered.class);
      GoldenFiles.assertMatches(GOLDEN.resolve(name + ".sql"), ((RockyDsl.Lowered) result).sql() + "\n");
    }));
  }

  @Test
  void everyConstructHasACase() throws IOException {
    List<String> names = inputs().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names).contains("from_where.rocky", "neq_null_safe.rocky", "derive.rocky", "group.rocky", "select.rocky",
        "join_keep.rocky", "join_using.rocky", "join_condition.rocky", "sort_take.rocky", "distinct.rocky", "match.rocky",
        "dates.rocky", "window.rocky", "let_cte.rocky", "in_null.rocky", "placeholders.rocky");
  }

  @Test
  void noGoldenFileIsStale() throws IOException {
    List<String> expected = inputs().stream().map(p -> p.getFileName().toString().replace(".rocky", ".sql")).toList();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(expected);
    }
  }
}
