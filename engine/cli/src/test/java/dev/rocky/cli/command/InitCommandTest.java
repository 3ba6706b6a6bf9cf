package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path cwd;

  @Test
  void scaffoldsADuckDbProjectWithOneModelAndItsSidecar() throws Exception {
    CliRun run = CliRun.run(cwd, "init", "shop");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode json = Json.mapper().readTree(run.out());
    assertThat(json.get("command").asText()).isEqualTo("init");
    assertThat(json.get("path").asText()).isEqualTo(cwd.resolve("shop").toString());
    assertThat(json.get("files")).extracting(JsonNode::asText)
        .containsExactly("rocky.toml", "models/welcome.sql", "models/welcome.toml");

    Path project = cwd.resolve("shop");
    JsonNode config = new TomlMapper().readTree(project.resolve("rocky.toml").toFile());
    assertThat(config.at("/adapter/local/type").asText()).isEqualTo("duckdb");
    assertThat(config.at("/adapter/local/path").asText()).isEqualTo("warehouse.duckdb");
    assertThat(config.at("/pipeline/main/type").asText()).isEqualTo("transformation");
    assertThat(config.at("/pipeline/main/models").asText()).isEqualTo("models/**");
    assertThat(config.at("/pipeline/main/target/adapter").asText()).isEqualTo("local");
    assertThat(Files.readString(project.resolve("models/welcome.sql"))).contains("SELECT");
    assertThat(new TomlMapper().readTree(project.resolve("models/welcome.toml").toFile()).at("/strategy/type").asText())
        .isEqualTo("full_refresh");
  }

  @Test
  void initialisesTheCurrentDirectoryByDefault() {
    CliRun run = CliRun.run(cwd, true, new dev.rocky.cli.wiring.LocalWiring(), "init");
    assertThat(run.exitCode()).isZero();
    assertThat(cwd.resolve("rocky.toml")).isRegularFile();
    assertThat(run.out()).startsWith("Created a Rocky project in .").contains("rocky validate").doesNotContain("cd .");
  }

  @Test
  void refusesADirectoryThatAlreadyHasRockyToml() throws Exception {
    Files.writeString(cwd.resolve("rocky.toml"), "# mine\n");
    CliRun run = CliRun.run(cwd, "init");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error[project_exists]: rocky.toml already exists in .\n  = help: ");
    assertThat(Files.readString(cwd.resolve("rocky.toml"))).isEqualTo("# mine\n");
    assertThat(cwd.resolve("models")).doesNotExist();
  }

  @Test
  void neverOverwritesAModelAndWritesNothingWhenOneIsInTheWay() throws Exception {
    Files.createDirectories(cwd.resolve("models"));
    Files.writeString(cwd.resolve("models/welcome.sql"), "SELECT 42 AS answer\n");
    CliRun run = CliRun.run(cwd, "init");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[file_exists]: would overwrite models/welcome.sql in .");
    assertThat(Files.readString(cwd.resolve("models/welcome.sql"))).isEqualTo("SELECT 42 AS answer\n");
    assertThat(cwd.resolve("rocky.toml")).doesNotExist();
  }
}
