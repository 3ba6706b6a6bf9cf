package dev.rocky.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.cli.wiring.LocalWiring;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandsTest {

  private static CommandLine cli(String... args) {
    PrintWriter sink = new PrintWriter(new StringWriter());
    return Commands.commandLine(new RockyCommand(new CliContext(sink, sink, Path.of("."), () -> false, new LocalWiring())), args);
  }

  @Test
  void findsTheCommandBehindTheGlobalOptions() {
    CommandLine root = cli();
    assertThat(Commands.invokedCommand(root, "compile", "--models", "m")).isEqualTo("compile");
    assertThat(Commands.invokedCommand(root, "-c", "compile", "validate")).isEqualTo("validate");
    assertThat(Commands.invokedCommand(root, "--output", "json", "--debug", "list", "models")).isEqualTo("list");
    assertThat(Commands.invokedCommand(root, "--config=x.toml", "-o=table", "init")).isEqualTo("init");
    assertThat(Commands.invokedCommand(root, "--", "playground")).isEqualTo("playground");
    assertThat(Commands.invokedCommand(root, "compil")).isNull();
    assertThat(Commands.invokedCommand(root, "--help")).isNull();
    assertThat(Commands.invokedCommand(root)).isNull();
  }

  @Test
  void registersOnlyTheInvokedCommandOrAllOfThem() {
    assertThat(cli("compile").getSubcommands()).containsOnlyKeys("compile");
    assertThat(cli("-o", "json", "list", "deps", "x").getSubcommands()).containsOnlyKeys("list");
    assertThat(cli("--help").getSubcommands().keySet())
        .containsExactly("init", "playground", "validate", "compile", "watch", "run", "discover", "seed", "load", "test", "ci", "history", "branch",
            "plan", "apply", "replay", "state", "list", "lineage", "lineage-diff", "catalog", "import-dbt",
            "validate-migration", "cost", "preview", "compliance", "govern", "serve", "ai", "ai-test", "version");
    assertThat(cli("no-such-command").getSubcommands()).hasSize(31);
  }

  @Test
  void aLoneCommandStillHasTheGlobalOptions() {
    CommandLine compile = cli("compile").getSubcommands().get("compile");
    assertThat(compile.getCommandSpec().findOption("--output")).isNotNull();
    assertThat(compile.getCommandSpec().findOption("-c")).isNotNull();
    assertThat(compile.getCommandSpec().findOption("--help")).isNotNull();
  }
}
