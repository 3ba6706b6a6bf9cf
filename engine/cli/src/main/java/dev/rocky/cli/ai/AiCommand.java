package dev.rocky.cli.ai;

import dev.rocky.app.ai.ModelFormat;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rocky ai "<intent>"}: asks the configured model for a new model and its sidecar, compiles
 * the answer with the project, sends the diagnostics back until it compiles, and writes the files
 * only then. Exits 1, writing nothing, when the last answer still has errors.
 */
@Command(name = "ai", description = "Generate a new model from an intent; written only once it compiles.", sortOptions = false)
public final class AiCommand extends AiCommandSupport {

  @Parameters(index = "0", paramLabel = "INTENT", description = "What the new model should compute, in words.")
  private String intent = "";

  @Option(names = "--name", paramLabel = "NAME", description = "The new model's name (default: the model chooses).")
  private @Nullable String name;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "sql",
      description = "sql or rocky (the Rocky DSL) (default: ${DEFAULT-VALUE}).")
  private String format = "sql";

  @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "3",
      description = "Answers to ask for at most, each after the last one's diagnostics (default: ${DEFAULT-VALUE}).")
  private int maxAttempts = 3;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Override
  public Integer call() {
    if (intent.isBlank()) {
      throw new CliException(CliErrorCode.USAGE, "the intent is empty", "say what the model should compute: rocky ai \"revenue per customer\"");
    }
    if (maxAttempts < 1) {
      throw new CliException(CliErrorCode.USAGE, "--max-attempts must be at least 1, not " + maxAttempts,
          "pass --max-attempts 3, or leave it out");
    }
    ModelFormat parsed;
    try {
      parsed = ModelFormat.parse(format);
    } catch (IllegalArgumentException e) {
      throw new CliException(CliErrorCode.USAGE, "--format must be sql or rocky, not '" + format + "'",
          "pass --format sql or --format rocky");
    }
    return emit(context().wiring().ai().generate(new GenerateRequest(root().configPath(), context().resolve(models),
        intent, name, parsed, maxAttempts, vars)));
  }
}
