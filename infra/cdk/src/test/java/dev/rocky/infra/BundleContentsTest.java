package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real Lambda bundle (infra/lambda-bundle, packaged before this module in `./mvnw verify`)
 * holds the handler of every function whose module has one. Under `test` alone nothing is packaged
 * and the test says so and is skipped.
 */
class BundleContentsTest {
  private static final Path BUNDLE = Path.of("../lambda-bundle/target/lambda");

  @Test
  void theBundleHoldsTheHandlersTheStackNames() {
    assumeTrue(Files.isDirectory(BUNDLE.resolve("lib")), "infra/lambda-bundle is not packaged (run verify)");
    LambdaBundle bundle = LambdaBundle.read(BUNDLE);
    for (String handler : List.of("dev.rocky.fn.compile.CompileHandler", "dev.rocky.fn.execute.ExecuteHandler",
        "dev.rocky.fn.run.RunHandler", "dev.rocky.fn.api.ApiHandler")) {
      assertThat(bundle.has(handler)).as(handler).isTrue();
    }
    // The runtime closure, not the build's: no test libraries, no CDK.
    assertThat(bundle.classes()).noneMatch(c -> c.startsWith("org/junit/") || c.startsWith("software/amazon/awscdk/"));
    assertThat(bundle.has("org.duckdb.DuckDBDriver")).isTrue();
  }
}
