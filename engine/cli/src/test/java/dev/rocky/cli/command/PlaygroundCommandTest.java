package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import dev.rocky.cli.scaffold.Template;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaygroundCommandTest {
  @TempDir Path cwd;

  @Test
  void writesEveryFileOfTheTemplateIntoRockyPlaygroundByDefault() throws Exception {
    CliRun run = CliRun.run(cwd, "playground");

    assertThat(run.exitCode()).isZero();
    Path project = cwd.resolve("rocky-playground");
    JsonNode json = Json.mapper().readTree(run.out());
    assertThat(json.get("command").asText()).isEqualTo("playground");
    assertThat(json.get("path").asText()).isEqualTo(project.toString());
    assertThat(json.get("files")).hasSize(Template.PLAYGROUND.entries().size());
    for (Template.Entry entry : Template.PLAYGROUND.entries()) {
      assertThat(project.resolve(entry.target())).isRegularFile();
      assertThat(Files.readAllBytes(project.resolve(entry.target()))).isEqualTo(Template.PLAYGROUND.bytes(entry));
    }
    assertThat(project.resolve(".gitignore")).content().contains("warehouse.duckdb");
    assertThat(project.resolve("models/customer_revenue.contract.toml")).isRegularFile();
  }

  @Test
  void takesADirectoryAndTellsWhatToDoNext() {
    CliRun run = CliRun.run(cwd, true, new dev.rocky.cli.wiring.LocalWiring(), "playground", "demo");
    assertThat(run.exitCode()).isZero();
    assertThat(cwd.resolve("demo/rocky.toml")).isRegularFile();
    assertThat(run.out()).contains("Created the Rocky playground in demo", "cd demo", "rocky compile", "data/seed.sql",
        "rocky seed --sql", "rocky run");
  }

  @Test
  void againOnAnUntouchedPlaygroundWritesNothingAndSucceedsButNotOnceItWasEdited() throws Exception {
    assertThat(CliRun.run(cwd, "playground", "demo").exitCode()).isZero();
    Files.writeString(cwd.resolve("demo/warehouse.duckdb"), "built by a run");

    CliRun again = CliRun.run(cwd, true, new dev.rocky.cli.wiring.LocalWiring(), "playground", "demo");
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).startsWith("The Rocky playground is already in demo; nothing was written.");
    assertThat(Json.mapper().readTree(CliRun.run(cwd, "playground", "demo").out()).get("files")).isEmpty();

    Files.writeString(cwd.resolve("demo/models/stg_orders.sql"), "SELECT 1 AS order_id");
    CliRun edited = CliRun.run(cwd, "playground", "demo");
    assertThat(edited.exitCode()).isEqualTo(1);
    assertThat(edited.err()).startsWith("error[project_exists]: rocky.toml already exists in demo");
    assertThat(cwd.resolve("demo/models/stg_orders.sql")).content().isEqualTo("SELECT 1 AS order_id");
  }

  @Test
  void refusesADirectoryThatIsNotEmpty() throws Exception {
    Files.createDirectories(cwd.resolve("demo"));
    Files.writeString(cwd.resolve("demo/notes.txt"), "keep me");
    CliRun run = CliRun.run(cwd, "playground", "demo");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[file_exists]: directory demo already exists and is not empty");
    assertThat(cwd.resolve("demo/rocky.toml")).doesNotExist();
  }

  @Test
  void acceptsAnEmptyDirectory() throws Exception {
    Files.createDirectories(cwd.resolve("demo"));
    assertThat(CliRun.run(cwd, "playground", "demo").exitCode()).isZero();
  }
}
