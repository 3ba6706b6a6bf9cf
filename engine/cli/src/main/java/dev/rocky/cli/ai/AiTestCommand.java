package dev.rocky.cli.ai;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky ai-test <model>}: asks the configured model for {@code [[tests]]} and {@code [[test]]}
 * entries, runs each on an in-memory DuckDB as {@code rocky test} would, and appends those that
 * pass to the model's sidecar, leaving the rest of the file as it was. Exits 1 when none passed.
 */
@Command(name = "ai-test", description = "Propose tests for a model; those that pass on DuckDB go into its sidecar.",
    sortOptions = false)
public final class AiTestCommand extends AiCommandSupport {

  @Parameters(index = "0", paramLabel = "MODEL", description = "The model to test.")
  private String model = "";

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Override
  public Integer call() {
    return emit(context().wiring().ai().proposeTests(new ProposeTestsRequest(root().configPath(),
        context().resolve(models), model, vars)));
  }
}
