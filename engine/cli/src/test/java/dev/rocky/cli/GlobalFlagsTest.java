package dev.rocky.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.ExitCode;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.Json;
import dev.rocky.core.RockyVersion;
import dev.rocky.cli.wiring.CompileRequest;
import dev.rocky.cli.wiring.ListDepsRequest;
import dev.rocky.cli.wiring.ListModelsRequest;
import dev.rocky.cli.wiring.ValidateRequest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global flags, the TTY-aware default format, and exit codes passed through from results. */
class GlobalFlagsTest {
  @TempDir Path cwd;

  private static FakeWiring answering(ExitCode code) {
    return new FakeWiring(request -> new CommandResult("compile", Map.of("has_errors", code != ExitCode.SUCCESS),
        HumanView.lines("compiled: " + code), code));
  }

  @Test
  void versionFlagAndCommandPrintTheSameLine() {
    CliRun flag = CliRun.run(cwd, "--version");
    CliRun command = CliRun.run(cwd, "version");
    assertThat(flag.exitCode()).isZero();
    assertThat(flag.out()).isEqualTo("rocky " + RockyVersion.get() + System.lineSeparator());
    assertThat(command.out()).isEqualTo(flag.out());
    assertThat(CliRun.run(cwd, "-V").out()).isEqualTo(flag.out());
  }

  @Test
  void theVersionShortcutPrintsWhatPicocliWould() {
    for (String args : new String[] {"--version", "version"}) {
      java.io.StringWriter out = new java.io.StringWriter();
      dev.rocky.cli.command.CliContext context = new dev.rocky.cli.command.CliContext(new java.io.PrintWriter(out),
          new java.io.PrintWriter(new java.io.StringWriter()), cwd, () -> false, new dev.rocky.cli.wiring.LocalWiring());
      assertThat(Cli.commandLine(context).execute(args)).isZero();
      context.out().flush();
      assertThat(out.toString()).isEqualTo(CliRun.run(cwd, args).out());
    }
    assertThat(RockyCli.isPlainVersion(new String[] {"--version", "--debug"})).isFalse();
    assertThat(CliRun.run(cwd, "--version", "--debug").out()).isEqualTo("rocky " + RockyVersion.get() + System.lineSeparator());
  }

  @Test
  void versionAsJsonOnlyWhenAskedFor() throws Exception {
    JsonNode json = Json.mapper().readTree(CliRun.run(cwd, "version", "-o", "json").out());
    assertThat(json.get("version").asText()).isEqualTo(RockyVersion.get());
    assertThat(json.get("command").asText()).isEqualTo("version");
  }

  @Test
  void pipedStdoutDefaultsToJsonAndATerminalToTable() throws Exception {
    CliRun piped = CliRun.run(cwd, false, answering(ExitCode.SUCCESS), "compile");
    CliRun terminal = CliRun.run(cwd, true, answering(ExitCode.SUCCESS), "compile");

    assertThat(Json.mapper().readTree(piped.out()).get("command").asText()).isEqualTo("compile");
    assertThat(terminal.out()).isEqualTo("compiled: SUCCESS" + System.lineSeparator());
  }

  @Test
  void anExplicitOutputWinsBeforeOrAfterTheCommand() throws Exception {
    assertThat(CliRun.run(cwd, false, answering(ExitCode.SUCCESS), "-o", "table", "compile").out()).startsWith("compiled:");
    assertThat(CliRun.run(cwd, false, answering(ExitCode.SUCCESS), "compile", "--output=table").out()).startsWith("compiled:");
    assertThat(CliRun.run(cwd, true, answering(ExitCode.SUCCESS), "compile", "-o", "JSON").out()).startsWith("{");
    assertThat(CliRun.run(cwd, true, answering(ExitCode.SUCCESS), "list", "models", "-o", "json").out()).startsWith("{");
  }

  @Test
  void exitCodesComeFromTheResultAndJsonIsPrintedEvenOnFailure() throws Exception {
    for (ExitCode code : ExitCode.values()) {
      CliRun run = CliRun.run(cwd, false, answering(code), "compile");
      assertThat(run.exitCode()).isEqualTo(code.code());
      assertThat(Json.mapper().readTree(run.out()).get("has_errors").asBoolean()).isEqualTo(code != ExitCode.SUCCESS);
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void compileOptionsBecomeTheRequest() {
    FakeWiring wiring = answering(ExitCode.SUCCESS);
    CliRun run = CliRun.run(cwd, false, wiring, "-c", "conf/rocky.toml", "compile", "--models", "m", "--contracts", "c",
        "--model", "fct_revenue", "--with-seed", "--var", "start=2026-01-01", "--var", "region=eu");

    assertThat(run.exitCode()).isZero();
    assertThat(wiring.requests).containsExactly(new CompileRequest(cwd.resolve("conf/rocky.toml"), cwd.resolve("m"),
        cwd.resolve("c"), "fct_revenue", true, Map.of("start", "2026-01-01", "region", "eu"), false));
    CompileRequest request = (CompileRequest) wiring.requests.get(0);
    assertThat(request.vars().keySet()).containsExactly("start", "region");
  }

  @Test
  void defaultsResolveAgainstTheWorkingDirectory() {
    FakeWiring wiring = answering(ExitCode.SUCCESS);
    CliRun.run(cwd, false, wiring, "compile");
    CliRun.run(cwd, false, wiring, "validate");
    CliRun.run(cwd, false, wiring, "list", "models");
    CliRun.run(cwd, false, wiring, "list", "deps", "stg_orders", "--config", "other.toml");

    Path config = cwd.resolve("rocky.toml");
    assertThat(wiring.requests).containsExactly(
        new CompileRequest(config, cwd.resolve("models"), null, null, false, Map.of(), false),
        new ValidateRequest(config),
        new ListModelsRequest(config, cwd.resolve("models")),
        new ListDepsRequest(cwd.resolve("other.toml"), cwd.resolve("models"), "stg_orders"));
  }

  @Test
  void helpIsPrintedOnStdoutWithExitZero() {
    CliRun run = CliRun.run(cwd, "--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Usage: rocky", "playground", "compile", "validate", "--output");
    assertThat(run.out()).doesNotContain("--debug");
    assertThat(CliRun.run(cwd, "compile", "--help").out()).contains("--with-seed", "--var", "--contracts");
  }
}
