package dev.rocky.cli.quality;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky test}: without credentials, every model on an in-memory DuckDB loaded with
 * {@code data/seed.sql}, then the sidecars' {@code [[test]]} unit tests; with
 * {@code --declarative}, the sidecars' {@code [[tests]]} and {@code [[use_test]]} against the
 * warehouse's tables. Exits 1 when a model or test fails (a warning-severity test only reports).
 */
@Command(name = "test", description = "Run the models and their unit tests on an in-memory DuckDB, or --declarative tests on the warehouse.",
    sortOptions = false)
public final class TestCommand extends QualityCommand {

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--model", paramLabel = "NAME", description = "Report only this model's results and tests.")
  private @Nullable String model;

  @Option(names = "--declarative", description = "Run the [[tests]] of the sidecars against the warehouse's tables.")
  private boolean declarative;

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "With --declarative: the transformation pipeline whose warehouse to test (default: all).")
  private @Nullable String pipeline;

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return emit(context().wiring().quality().test(new TestRequest(root().configPath(),
        context().resolve(models), model, declarative, pipeline, vars)));
  }
}
