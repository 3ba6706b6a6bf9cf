package dev.rocky.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.scaffold.Scaffolder;
import dev.rocky.cli.scaffold.Template;
import dev.rocky.testkit.TestProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Projects to run and the CLI in process on them, JSON by default (stdout is not a terminal). */
final class Runs {
  private Runs() {}

  static Path playground(Path dir) {
    try {
      return Scaffolder.write(Template.PLAYGROUND, dir.resolve("demo"), "demo", Scaffolder.Policy.EMPTY_DIRECTORY).path();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path shop(Path dir) {
    return TestProjects.copyTo(TestProjects.SHOP, dir.resolve("shop"));
  }

  /** A project from files, path to text; rocky.toml gets a DuckDB adapter on warehouse.duckdb unless given. */
  static Path project(Path dir, Map<String, String> files) {
    Path root = dir.resolve("p");
    try {
      Files.createDirectories(root.resolve("models"));
      if (!files.containsKey("rocky.toml")) {
        Files.writeString(root.resolve("rocky.toml"), """
            [adapter.local]
            type = "duckdb"
            path = "warehouse.duckdb"

            [pipeline.main]
            type = "transformation"

            [pipeline.main.target]
            adapter = "local"
            """);
      }
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = root.resolve(f.getKey());
        Files.createDirectories(file.getParent());
        Files.writeString(file, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return root;
  }

  static CliRun cli(Path project, String... args) {
    return CliRun.run(project, args);
  }

  /** A command that must succeed (exit 0) and print one JSON object, which is returned. */
  static JsonNode ok(Path project, String... args) {
    CliRun run = cli(project, args);
    assertThat(run.exitCode()).as("exit code of %s; stderr:%n%s%nstdout:%n%s", List.of(args), run.err(), run.out())
        .isZero();
    return json(run);
  }

  /** The whole of stdout, which must be exactly one JSON object. */
  static JsonNode json(CliRun run) {
    try {
      JsonNode node = Json.mapper().readTree(run.out());
      assertThat(node).as("stdout: %s", run.out()).isNotNull();
      assertThat(node.isObject()).as("stdout: %s", run.out()).isTrue();
      return node;
    } catch (IOException e) {
      throw new AssertionError("stdout is not one JSON object:\n" + run.out(), e);
    }
  }

  static Warehouse warehouse(Path project, String file) {
    return new Warehouse(project.resolve(file));
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }
}
