package dev.rocky.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.cli.CliRun;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Another process holds the DuckDB file: run and seed stop with DuckDB's reason, exit 1, nothing recorded. */
class LockedWarehouseTest {
  @TempDir Path dir;

  @Test
  void aWarehouseLockedByAnotherProcessIsAClearErrorAndExitOne() throws Exception {
    Path demo = Runs.playground(dir);
    Runs.ok(demo, "seed", "--sql");
    Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(),
        demo.resolve("warehouse.duckdb").toString())).redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      while (line != null && !line.startsWith("holding")) {
        line = out.readLine();
      }
      assertThat(line).as("the holder process started").isNotNull();

      for (String[] args : new String[][] {{"run"}, {"seed", "--sql"}}) {
        CliRun run = Runs.cli(demo, args);
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("error[duckdb_database_locked]: another process holds the DuckDB database file")
            .contains("warehouse.duckdb").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isEqualTo(2);
      }
      assertThat(Runs.ok(demo, "history").path("count").asInt()).isZero();
    } finally {
      holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
    Runs.ok(demo, "run");
  }
}
