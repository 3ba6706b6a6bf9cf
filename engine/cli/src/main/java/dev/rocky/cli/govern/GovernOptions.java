package dev.rocky.cli.govern;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options {@code govern plan} and {@code govern apply} share. */
final class GovernOptions {
  @Option(names = "--env", paramLabel = "ENV", description = "The environment whose [mask.ENV] applies over [mask].")
  @Nullable String env;

  @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this transformation pipeline's models.")
  @Nullable String pipeline;

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  Path models = Path.of("models");
}
