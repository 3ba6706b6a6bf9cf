package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real Lambda bundle (infra/lambda-bundle, packaged before this module in `./mvnw verify`)
 * holds the handler of every function whose module is in the build (functions/NAME). Under `test`
 * alone nothing is packaged and the test says so and is skipped.
 */
class BundleContentsTest {
  private static final Path BUNDLE = Path.of("../lambda-bundle/target/lambda");
  private static final Path FUNCTIONS = Path.of("../../functions");

  @Test
  void theBundleHoldsTheHandlersTheStackNames() {
    assumeTrue(Files.isDirectory(BUNDLE.resolve("lib")), "infra/lambda-bundle is not packaged (run verify)");
    LambdaBundle bundle = LambdaBundle.read(BUNDLE);
    List<FunctionSpec> built = FunctionSpec.all().stream()
        .filter(f -> Files.isRegularFile(FUNCTIONS.resolve(f.name()).resolve("pom.xml"))).toList();
    assertThat(built).extracting(FunctionSpec::name).contains("compile", "execute", "run", "cost", "govern", "api");
    // A module in the build but not a dependency of infra/lambda-bundle fails here.
    for (FunctionSpec f : built) {
      assertThat(bundle.has(f.handler())).as(f.handler()).isTrue();
    }
    // The runtime closure, not the build's: no test libraries, no CDK.
    assertThat(bundle.classes()).noneMatch(c -> c.startsWith("org/junit/") || c.startsWith("software/amazon/awscdk/"));
    assertThat(bundle.has("org.duckdb.DuckDBDriver")).isTrue();
  }
}
