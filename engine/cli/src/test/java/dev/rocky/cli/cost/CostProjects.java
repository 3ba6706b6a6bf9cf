package dev.rocky.cli.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** TEST-ONLY: small DuckDB projects on disk, the CLI in process on them, and git for previews. */
final class CostProjects {
  private CostProjects() {}

  /** A DuckDB adapter on warehouse.duckdb and one transformation pipeline, followed by {@code extra}. */
  static String config(String extra) {
    return """
        [adapter.local]
        type = "duckdb"
        path = "warehouse.duckdb"

        [pipeline.main]
        type = "transformation"

        [pipeline.main.target]
        adapter = "local"
        """ + extra;
  }

  /** Three models: raw_orders (constants), stg_orders reads it, marts/daily reads that. */
  static final Map<String, String> MODELS = Map.of(
      "models/raw_orders.sql", "SELECT g.generate_series AS id, g.generate_series % 7 AS day,"
          + " g.generate_series * 1.5 AS amount FROM generate_series(1, 2000) AS g",
      "models/staging/stg_orders.sql", "SELECT id, day, amount FROM raw_orders WHERE amount > 10",
      "models/staging/stg_orders.toml", "[tags]\ndomain = \"sales\"\nowner = \"ana\"\n",
      "models/marts/daily.sql", "SELECT day, sum(amount) AS revenue FROM stg_orders GROUP BY day",
      "models/marts/daily.toml", "[tags]\ndomain = \"sales\"\n");

  static Path project(Path dir, String config, Map<String, String> files) {
    write(dir, "rocky.toml", config);
    write(dir, ".gitignore", "warehouse.duckdb*\n.rocky/\n");
    files.forEach((path, text) -> write(dir, path, text));
    return dir;
  }

  static void write(Path dir, String path, String text) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CliRun cli(Path project, String... args) {
    return CliRun.run(project, args);
  }

  /** A command that must exit with {@code code} and print one JSON object, which is returned. */
  static JsonNode json(Path project, int code, String... args) {
    CliRun run = cli(project, args);
    assertThat(run.exitCode()).as("exit code of %s; stderr:%n%s%nstdout:%n%s", List.of(args), run.err(), run.out())
        .isEqualTo(code);
    try {
      return Json.mapper().readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("stdout is not JSON:\n" + run.out(), e);
    }
  }

  /** A command that must fail with exit code 1 and print nothing on stdout; its stderr is returned. */
  static String failure(Path project, String... args) {
    CliRun run = cli(project, args);
    assertThat(run.exitCode()).as("exit code of %s; stderr:%n%s", List.of(args), run.err()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    return run.err();
  }

  static JsonNode ok(Path project, String... args) {
    return json(project, 0, args);
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  /** Runs git in {@code dir}; false when git is missing or fails. */
  static boolean git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
        "-c", "commit.gpgsign=false"));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
