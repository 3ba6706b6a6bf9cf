package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.fn.compile.CompileHandler;
import dev.rocky.fn.compile.SnapshotDigest;
import dev.rocky.fn.compile.testing.ProjectZips;
import dev.rocky.fn.support.ArchiveProjectSource;
import dev.rocky.fn.compile.CompileRequest;
import dev.rocky.fn.compile.CompileResponse;
import dev.rocky.fn.compile.CompileWiring;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.StoredPlan;
import dev.rocky.fn.support.Invocation;
import dev.rocky.core.memory.MemoryArtifactStore;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures each handler's first invocation in fresh JVMs, without and with priming (see
 * {@link FirstInvocation}), best of three, and writes the figures to
 * {@code target/priming-latency.txt}. Opt-in, as it starts thirty-six JVMs: {@code -Dpriming.measure=true}
 * ({@code -Dpriming.functions=branch,replay} for some of them).
 */
class PrimingLatencyTest {
  private static final int ROUNDS = 3;
  private static final List<String> FUNCTIONS = List.of("compile", "execute", "cost", "govern", "branch",
      "replay");

  @TempDir Path dir;

  @Test
  void primingCutsTheFirstInvocation() throws Exception {
    Assumptions.assumeTrue(Boolean.getBoolean("priming.measure"), "run with -Dpriming.measure=true");
    prepareInputs();
    List<String> lines = new ArrayList<>();
    for (String function : functions()) {
      for (int round = 0; round < ROUNDS; round++) {
        for (String mode : List.of("cold", "primed")) {
          lines.add(child(function, mode, round));
        }
      }
    }
    Files.write(Path.of("target", "priming-latency.txt"), lines, StandardCharsets.UTF_8);
    for (String function : functions()) {
      assertThat(best(lines, function, "primed")).as(function).isLessThan(best(lines, function, "cold"));
    }
  }

  /** {@code -Dpriming.functions=branch,replay} measures only those. */
  private static List<String> functions() {
    String only = System.getProperty("priming.functions", "");
    return only.isBlank() ? FUNCTIONS : FUNCTIONS.stream().filter(List.of(only.split(","))::contains).toList();
  }

  /** The typed fixture as a snapshot; the shop snapshot's plan; a DuckDB file with its raw data. */
  private void prepareInputs() throws IOException {
    Files.write(dir.resolve("typed.zip"), ProjectZips.of(TestProjects.files("typed")));
    Files.write(dir.resolve("shop.zip"), ShopSnapshot.zip());
    Files.writeString(dir.resolve("digest.txt"), SnapshotDigest.of(ArchiveProjectSource.of("shop", ShopSnapshot.zip()),
        "rocky.toml"));
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    CompileResponse compiled = FunctionJson.read(new CompileHandler(CompileWiring.inMemory(artifacts))
        .invoke(FunctionJson.bytes(CompileRequest.of(artifacts.put(ShopSnapshot.zip()))), Invocation.local()),
        CompileResponse.class);
    Files.write(dir.resolve("plan.json"), artifacts.get(compiled.planKey()).orElseThrow());
    StoredPlan plan = FunctionJson.read(artifacts.get(compiled.planKey()).orElseThrow(), StoredPlan.class);
    Files.write(dir.resolve("models.txt"), plan.modelLayers().stream().flatMap(List::stream).toList(), StandardCharsets.UTF_8);
    try (DuckDbAdapter duck = DuckDbAdapter.open(dir.resolve("seeded.duckdb"))) {
      ShopSnapshot.seed(duck);
    }
  }

  private static long best(List<String> lines, String function, String mode) {
    return lines.stream().filter(l -> l.startsWith("RESULT " + function + " " + mode + " "))
        .mapToLong(l -> Long.parseLong(l.replaceAll(".* first_ms=(\\d+).*", "$1"))).min().orElseThrow();
  }

  private String child(String function, String mode, int round) throws IOException, InterruptedException {
    Path inputs = Files.createDirectories(dir.resolve(function + "-" + mode + "-" + round));
    Files.copy(dir.resolve("typed.zip"), inputs.resolve("typed.zip"));
    Files.copy(dir.resolve("plan.json"), inputs.resolve("plan.json"));
    Files.copy(dir.resolve("shop.zip"), inputs.resolve("shop.zip"));
    Files.copy(dir.resolve("models.txt"), inputs.resolve("models.txt"));
    Files.copy(dir.resolve("digest.txt"), inputs.resolve("digest.txt"));
    Files.copy(dir.resolve("seeded.duckdb"), inputs.resolve("warehouse.duckdb"), StandardCopyOption.REPLACE_EXISTING);
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-cp", System.getProperty("java.class.path"), FirstInvocation.class.getName(), function, mode, inputs.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return out.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
        .orElseThrow(() -> new AssertionError("no result from the child JVM:\n" + out));
  }
}
