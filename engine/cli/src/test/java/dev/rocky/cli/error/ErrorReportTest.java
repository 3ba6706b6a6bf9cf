package dev.rocky.cli.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

  private static String print(ErrorReport report, boolean debug) {
    StringWriter buffer = new StringWriter();
    report.print(new PrintWriter(buffer), debug);
    return buffer.toString().replace(System.lineSeparator(), "\n");
  }

  @Test
  void cliErrorsPrintTheirCodeMessageAndHint() {
    ErrorReport report = ErrorReport.of(new CliException(CliErrorCode.PROJECT_EXISTS, "rocky.toml already exists in demo", "pick another"));
    assertThat(print(report, false)).isEqualTo("error[project_exists]: rocky.toml already exists in demo\n  = help: pick another\n");
  }

  @Test
  void messagesAreOneLine() {
    ErrorReport report = new ErrorReport("x", "first\n   second\r\nthird", "a\nb", null);
    assertThat(report.message()).isEqualTo("first second third");
    assertThat(report.hint()).isEqualTo("a b");
  }

  @Test
  void wrappedIoErrorsAreUnwrapped() {
    ErrorReport report = ErrorReport.of(new UncheckedIOException(new NoSuchFileException("models/x.sql")));
    assertThat(report.code()).isEqualTo("io");
    assertThat(report.message()).isEqualTo("no such file or directory: models/x.sql");
  }

  @Test
  void theTraceIsPrintedOnlyWhenAskedFor() {
    ErrorReport report = ErrorReport.of(new IllegalStateException("boom"));
    assertThat(print(report, false)).doesNotContain("\tat ");
    assertThat(print(report, true)).contains("java.lang.IllegalStateException: boom", "\tat ");
  }

}
