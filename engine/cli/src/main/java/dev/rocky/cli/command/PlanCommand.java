package dev.rocky.cli.command;

import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.run.RunRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rocky plan}: compile and plan as {@code rocky run} would, and store the plan under
 * {@code .rocky/plans/<id>.json}, the id being the SHA-256 of its canonical JSON. Nothing runs.
 */
@Command(name = "plan", description = "Plan a run without running it; store the plan for rocky apply.", sortOptions = false)
final class PlanCommand extends CommandSupport {

  @Option(names = "--pipeline", paramLabel = "NAME", description = "Plan this pipeline only.")
  private @Nullable String pipeline;

  @Option(names = "--model", paramLabel = "SEL", description = "Plan only these models: NAME, +NAME, NAME+; repeatable.")
  private List<String> selectors = new ArrayList<>();

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4", description = "Models of one layer built at once.")
  private int parallel = 4;

  @Option(names = "--branch", paramLabel = "NAME", description = "Plan the run into the branch's schema branch__NAME.")
  private @Nullable String branch;

  @Option(names = "--partition", paramLabel = "KEY", description = "time_interval: this partition.")
  private @Nullable String partition;

  @Option(names = "--from", paramLabel = "KEY", description = "time_interval: first partition of a range (with --to).")
  private @Nullable String from;

  @Option(names = "--to", paramLabel = "KEY", description = "time_interval: last partition of a range, inclusive.")
  private @Nullable String to;

  @Option(names = "--missing", description = "time_interval: every partition not yet computed.")
  private boolean missing;

  @Override
  public Integer call() {
    if (parallel < 1) {
      throw usage("--parallel must be at least 1, got " + parallel);
    }
    PartitionOptions partitions;
    try {
      partitions = new PartitionOptions(partition, from, to, false, missing, null);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
    RunRequest request = new RunRequest(root().configPath(), context().resolve(models), pipeline, selectors, vars,
        parallel, null, partitions, false, null, branch);
    return emit(context().wiring().branches().plan(request));
  }

  private static CliException usage(String message) {
    return new CliException(CliErrorCode.USAGE, message, "see: rocky plan --help");
  }
}
