package dev.rocky.cli.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.scaffold.Scaffolder;
import dev.rocky.cli.scaffold.Template;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The CLI in process on a project directory, and a look into its DuckDB file between commands. */
final class Cli {
  private Cli() {}

  static Path quality(Path dir) {
    return TestProjects.copyTo("quality", dir.resolve("quality"));
  }

  static Path playground(Path dir) {
    try {
      return Scaffolder.write(Template.PLAYGROUND, dir.resolve("demo"), "demo", Scaffolder.Policy.EMPTY_DIRECTORY).path();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path project, String file, String text) {
    try {
      Files.writeString(project.resolve(file), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CliRun run(Path project, String... args) {
    return CliRun.run(project, args);
  }

  /** A command's JSON, after checking its exit code. */
  static JsonNode json(Path project, int exitCode, String... args) {
    CliRun run = run(project, args);
    assertThat(run.exitCode()).as("exit code of %s; stderr:%n%s%nstdout:%n%s", List.of(args), run.err(), run.out())
        .isEqualTo(exitCode);
    try {
      return Json.mapper().readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("stdout is not JSON:\n" + run.out(), e);
    }
  }

  /** Each row of a query on the project's DuckDB file, values joined by {@code |}. */
  static List<String> rows(Path database, String sql) {
    try (DuckDbAdapter db = DuckDbAdapter.open(database)) {
      return db.query(sql).rows().stream()
          .map(r -> r.stream().map(v -> Objects.toString(v, "NULL")).collect(Collectors.joining("|"))).toList();
    }
  }

  /** The check of that name on the table with that asset key, in a run's JSON. */
  static JsonNode check(JsonNode run, String assetKey, String name) {
    for (JsonNode table : run.path("check_results")) {
      if (String.join(".", Json.mapper().convertValue(table.path("asset_key"), String[].class)).equals(assetKey)) {
        for (JsonNode c : table.path("checks")) {
          if (c.path("name").asText().equals(name)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("no check " + name + " on " + assetKey + " in " + run);
  }
}
