package dev.rocky.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectGeneratorTest {
  private static final Pattern TIMESTAMP_COLUMN = Pattern.compile("timestamp_column = \"(\\w+)\"");
  private static final Pattern UNIQUE_KEY = Pattern.compile("unique_key = \\[([^]]*)]");

  private static GeneratedProject big;
  private static ProjectStats bigStats;

  @BeforeAll
  static void generateTenThousand() {
    big = ProjectGenerator.generate(10_000, 42);
    bigStats = big.stats();
  }

  @Test
  void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    ProjectGenerator.generate(1000, 42, dir.resolve("a"));
    ProjectGenerator.generate(1000, 42, dir.resolve("b"));
    ProjectGenerator.generate(1000, 43, dir.resolve("c"));

    String a = TreeHash.of(dir.resolve("a"));
    assertThat(TreeHash.of(dir.resolve("b"))).isEqualTo(a);
    assertThat(TreeHash.of(dir.resolve("c"))).isNotEqualTo(a);
    try (var files = Files.walk(dir.resolve("a"))) {
      assertThat(files.filter(Files::isRegularFile).count())
          .isEqualTo(ProjectGenerator.generate(1000, 42).files().size());
    }
  }

  @Test
  void tenThousandModelsAreTheSameInMemoryTwice() {
    assertThat(ProjectGenerator.generate(10_000, 42).files()).isEqualTo(big.files());
  }

  @Test
  void kindsFollowTheMedallionSplitExactly() {
    assertThat(bigStats.models()).isEqualTo(10_000);
    assertThat(bigStats.count(ModelKind.SOURCE)).isEqualTo(3000);
    assertThat(bigStats.count(ModelKind.STAGING)).isEqualTo(3000);
    assertThat(bigStats.count(ModelKind.INTERMEDIATE)).isEqualTo(2500);
    assertThat(bigStats.count(ModelKind.MART)).isEqualTo(1500);
    assertThat(bigStats.rawTables()).isEqualTo(3000);
  }

  @Test
  void variantSharesAreWithinTolerance() {
    double selectStar = share(Variant.STAGING_SELECT_STAR, ModelKind.STAGING);
    double having = share(Variant.INTERMEDIATE_HAVING, ModelKind.INTERMEDIATE);
    double joins = bigStats.count(Variant.INTERMEDIATE_JOIN2) + bigStats.count(Variant.INTERMEDIATE_JOIN3);
    double thirdJoin = bigStats.count(Variant.INTERMEDIATE_JOIN3) / joins;
    double sidecars = bigStats.sidecars() / 10_000.0;

    assertThat(selectStar).isCloseTo(0.21, within(0.03));
    assertThat(having).isCloseTo(0.21, within(0.03));
    assertThat(thirdJoin).isCloseTo(0.085, within(0.025));
    assertThat(sidecars).isCloseTo(0.20, within(0.02));
  }

  @Test
  void dagHasFourToSixLayersWithTheSourcesFirst() {
    assertThat(bigStats.layers()).isBetween(4, 6);
    assertThat(bigStats.layerWidths().get(0)).isEqualTo(3000);
    assertThat(bigStats.layerWidths().get(1)).isEqualTo(3000);
    assertThat(bigStats.layerWidths().stream().mapToInt(Integer::intValue).sum()).isEqualTo(10_000);
  }

  @Test
  void sizeIsCloseToThePerfAnchorWorkload() {
    // perf-anchors section 1: 3.83 MB of SQL and 94,341 output columns at 10k.
    assertThat(bigStats.sqlBytes()).isBetween(3_300_000L, 4_300_000L);
    assertThat(bigStats.outputColumns()).isBetween(85_000, 105_000);
  }

  @Test
  void modelsComeAfterTheirInputsAndReadThemByBareName() {
    Map<String, GeneratedModel> seen = new HashMap<>();
    for (GeneratedModel m : big.models()) {
      int depth = 1;
      for (String up : m.upstream()) {
        assertThat(seen).as("%s reads %s", m.name(), up).containsKey(up);
        assertThat(m.sql()).containsPattern("(FROM|JOIN) " + up + "\\b");
        depth = Math.max(depth, seen.get(up).depth() + 1);
      }
      assertThat(m.depth()).as(m.name()).isEqualTo(depth);
      if (m.kind() == ModelKind.SOURCE) {
        assertThat(m.upstream()).as(m.name()).isEmpty();
        assertThat(m.rawTable()).as(m.name()).isNotNull();
      } else {
        assertThat(m.upstream()).as(m.name()).isNotEmpty();
        assertThat(m.rawTable()).as(m.name()).isNull();
      }
      assertThat(seen.put(m.name(), m)).as("duplicate %s", m.name()).isNull();
    }
  }

  @Test
  void sourceModelsReadTheirOwnDeclaredRawTable() {
    List<GeneratedModel> sources = big.models(ModelKind.SOURCE);
    assertThat(sources).extracting(GeneratedModel::rawTable)
        .containsExactlyElementsOf(big.rawTables().stream().map(RawTable::qualifiedName).toList());
    Set<String> declared = Pattern.compile("schema = \"raw\"\nname = \"(\\w+)\"").matcher(big.sourcesToml())
        .results().map(r -> "raw." + r.group(1)).collect(Collectors.toSet());
    assertThat(declared).hasSize(3000);
    for (GeneratedModel m : sources) {
      assertThat(m.sql()).contains("FROM " + m.rawTable() + "\n");
      assertThat(declared).contains(m.rawTable());
    }
  }

  @Test
  void sidecarsNameColumnsTheModelHas() {
    int merge = 0;
    int incremental = 0;
    for (GeneratedModel m : big.models()) {
      String sidecar = m.sidecar();
      if (sidecar == null) {
        continue;
      }
      assertThat(sidecar).startsWith("[strategy]\ntype = \"").contains("[target]\nschema = \"" + m.kind().folder() + "\"");
      Matcher ts = TIMESTAMP_COLUMN.matcher(sidecar);
      if (ts.find()) {
        incremental++;
        assertThat(m.column(ts.group(1)).type()).isEqualTo(ColumnType.TIMESTAMP);
      }
      Matcher key = UNIQUE_KEY.matcher(sidecar);
      if (key.find()) {
        merge++;
        for (String k : key.group(1).replace("\"", "").split(", ")) {
          assertThat(m.has(k)).as("%s has %s", m.name(), k).isTrue();
        }
      }
    }
    assertThat(merge).isGreaterThan(500);
    assertThat(incremental).isGreaterThan(500);
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 10, 37, 200, 1001})
  void everySizeGetsEveryKind(int n) {
    ProjectStats stats = ProjectGenerator.generate(n, 1).stats();
    assertThat(stats.models()).isEqualTo(n);
    for (ModelKind kind : ModelKind.values()) {
      assertThat(stats.count(kind)).as(kind.name()).isPositive().isBetween(n * kind.percent() / 100, n * kind.percent() / 100 + 3);
    }
  }

  @Test
  void tenThousandModelsGenerateInAFewSeconds() {
    long start = System.nanoTime();
    ProjectGenerator.generate(10_000, 99);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(10.0);
  }

  @Test
  void commandLineWritesTheProjectAndReportsItsShape(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("p");
    Result r = run("--models", "20", "--seed", "3", "--out", out.toString());

    assertThat(r.code).isZero();
    assertThat(r.out).contains("models 20: source=6 staging=6 intermediate=5 marts=3").contains("wrote " + out);
    assertThat(out.resolve("rocky.toml")).content().contains("[adapter.local]\ntype = \"duckdb\"")
        .contains("[pipeline.main]\ntype = \"transformation\"\nmodels = \"models/**\"")
        .contains("[pipeline.main.target]\nadapter = \"local\"");
    assertThat(out.resolve("sources/raw.toml")).content().contains("[[table]]\nschema = \"raw\"\nname = \"");
    assertThat(out.resolve("data/seed.sql")).content().startsWith("-- ").contains("CREATE SCHEMA IF NOT EXISTS raw;");
    assertThat(TreeHash.of(out)).isEqualTo(treeHashOf(ProjectGenerator.generate(20, 3), dir.resolve("q")));
  }

  @Test
  void commandLineRefusesANonEmptyDirectoryAndBadArguments(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("keep.txt"), "mine");

    assertThat(run("--models", "20", "--out", dir.toString()).code).isEqualTo(1);
    assertThat(dir.resolve("keep.txt")).content().isEqualTo("mine");
    assertThat(run("--models", "3", "--out", dir.resolve("x").toString()).code).isEqualTo(2);
    assertThat(run("--models").code).isEqualTo(2);
    assertThat(run("--models", "20").err).contains("--out is required");
    assertThat(run("--bogus").code).isEqualTo(2);
    assertThat(run("--help").out).startsWith("usage: ProjectGenerator");
    assertThatThrownBy(() -> ProjectGenerator.generate(3, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  private static double share(Variant variant, ModelKind kind) {
    return (double) bigStats.count(variant) / bigStats.count(kind);
  }

  private static String treeHashOf(GeneratedProject project, Path dir) throws IOException {
    ProjectGenerator.write(project, dir);
    return TreeHash.of(dir);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = ProjectGenerator.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
