package dev.rocky.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.error.ErrorCode;
import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures reach the user as one coded line and a hint on stderr, exit code 1, never a stack trace. */
class ErrorHandlingTest {
  @TempDir Path cwd;

  enum TestCode implements ErrorCode {
    CONFIG_PARSE;

    @Override
    public ErrorType type() {
      return ErrorType.USER_ERROR;
    }
  }

  private static void assertCodedFailure(CliRun run, String code) {
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error[" + code + "]: ");
    assertThat(run.err()).contains("\n  = help: ");
    assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", "Caused by");
    assertThat(run.err().lines().findFirst().orElseThrow()).doesNotContain("\n");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithTheSynopsis() {
    CliRun run = CliRun.run(cwd, "compile", "--frobnicate");
    assertCodedFailure(run, "usage");
    assertThat(run.err()).contains("Unknown option: '--frobnicate'", "= usage: rocky compile", "rocky compile --help");
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    CliRun run = CliRun.run(cwd, "compil");
    assertCodedFailure(run, "usage");
    assertThat(run.err()).contains("unknown command 'compil'", "did you mean 'compile'");
  }

  @Test
  void noCommandAtAllIsAUsageError() {
    assertCodedFailure(CliRun.run(cwd), "usage");
    assertCodedFailure(CliRun.run(cwd, "list"), "usage");
    assertCodedFailure(CliRun.run(cwd, "list", "deps"), "usage");
  }

  @Test
  void aBadOutputFormatOrVarIsAUsageError() {
    CliRun run = CliRun.run(cwd, "-o", "yaml", "version");
    assertCodedFailure(run, "usage");
    assertThat(run.err()).contains("expected json or table");
    assertCodedFailure(CliRun.run(cwd, "compile", "--var"), "usage");
    assertThat(CliRun.run(cwd, "compile", "--var", "no_value").err()).startsWith("error[usage]: ").contains("--var");
  }

  @Test
  void aBugIsReportedAsInternalWithoutItsTrace() {
    FakeWiring wiring = new FakeWiring(request -> {
      throw new IllegalStateException("boom\nsecond line");
    });
    CliRun run = CliRun.run(cwd, false, wiring, "compile");
    assertCodedFailure(run, "internal");
    assertThat(run.err()).startsWith("error[internal]: IllegalStateException: boom second line\n");
    assertThat(run.err()).contains("--debug");
  }

  @Test
  void debugPrintsTheTraceAfterTheCodedLine() {
    FakeWiring wiring = new FakeWiring(request -> {
      throw new IllegalStateException("boom");
    });
    CliRun run = CliRun.run(cwd, false, wiring, "compile", "--debug");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("error[internal]: IllegalStateException: boom\n");
    assertThat(run.err()).contains("\tat ");
  }

  @Test
  void engineErrorsKeepTheirCodeAndGetAHintByType() {
    FakeWiring wiring = new FakeWiring(request -> {
      throw new RockyException(TestCode.CONFIG_PARSE, "rocky.toml line 3: expected '='");
    });
    CliRun run = CliRun.run(cwd, false, wiring, "validate");
    assertCodedFailure(run, "config_parse");
    assertThat(run.err()).contains("rocky.toml line 3: expected '='", "rocky validate");
  }

  @Test
  void fileSystemErrorsAreReportedAsIo() throws Exception {
    java.nio.file.Files.writeString(cwd.resolve("blocker"), "a file, not a directory");
    CliRun run = CliRun.run(cwd, "init", "blocker/project");
    assertCodedFailure(run, "io");
  }
}
