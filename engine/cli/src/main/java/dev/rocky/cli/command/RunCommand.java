package dev.rocky.cli.command;

import dev.rocky.app.execute.PartitionOptions;
import dev.rocky.cli.error.CliErrorCode;
import dev.rocky.cli.error.CliException;
import dev.rocky.cli.output.OutputFormat;
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
 * {@code rocky run}: compile, plan and build the models on the warehouse. Exits 0 on success (or
 * when the idempotency key says the work is done), 2 when some models failed, 1 when the run could
 * not start or every model failed. In table mode a person sees live progress on stderr.
 */
@Command(name = "run", description = "Build the models on the warehouse, in dependency order.", sortOptions = false)
final class RunCommand extends CommandSupport {

  @Option(names = "--pipeline", paramLabel = "NAME",
      description = "Run this pipeline only: a transformation pipeline, a replication pipeline, or a quality"
          + " pipeline's checks (default: every transformation pipeline, in depends_on order; a project with"
          + " replication pipelines only runs its only one).")
  private @Nullable String pipeline;

  @Option(names = "--filter", paramLabel = "KEY=VALUE",
      description = "Replication: copy only sources whose schema component KEY has VALUE (or table=NAME); repeatable.")
  private Map<String, String> filter = new LinkedHashMap<>();

  @Option(names = "--model", paramLabel = "SEL",
      description = "Build only these models: NAME, +NAME (with upstream), NAME+ (with downstream); repeatable.")
  private List<String> selectors = new ArrayList<>();

  @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
      description = "Models directory (default: ${DEFAULT-VALUE}).")
  private Path models = Path.of("models");

  @Option(names = "--var", paramLabel = "NAME=VALUE", description = "Bind @var(NAME) in the models; repeatable.")
  private Map<String, String> vars = new LinkedHashMap<>();

  @Option(names = "--env", paramLabel = "ENV", description = "Mask with [mask.ENV] over [mask].")
  private @Nullable String env;

  @Option(names = "--parallel", paramLabel = "N", defaultValue = "4",
      description = "Models of one layer built at once (default: ${DEFAULT-VALUE}).")
  private int parallel = 4;

  @Option(names = "--idempotency-key", paramLabel = "KEY", defaultValue = "${env:ROCKY_IDEMPOTENCY_KEY}",
      description = "Skip the run when an earlier run with this key succeeded (env ROCKY_IDEMPOTENCY_KEY).")
  private @Nullable String idempotencyKey;

  @Option(names = "--partition", paramLabel = "KEY", description = "time_interval: build this partition.")
  private @Nullable String partition;

  @Option(names = "--from", paramLabel = "KEY", description = "time_interval: first partition of a range (with --to).")
  private @Nullable String from;

  @Option(names = "--to", paramLabel = "KEY", description = "time_interval: last partition of a range, inclusive.")
  private @Nullable String to;

  @Option(names = "--latest", description = "time_interval: the partition containing now (the default).")
  private boolean latest;

  @Option(names = "--missing", description = "time_interval: every partition not yet computed since first_partition.")
  private boolean missing;

  @Option(names = "--lookback", paramLabel = "N", description = "time_interval: also rebuild the N partitions before.")
  private @Nullable Integer lookback;

  @Option(names = "--branch", paramLabel = "NAME",
      description = "Build every model into the branch's schema branch__NAME; production tables and watermarks stay.")
  private @Nullable String branch;

  @Override
  public Integer call() {
    if (parallel < 1) {
      throw usage("--parallel must be at least 1, got " + parallel);
    }
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey;
    java.util.Optional<dev.rocky.cli.output.CommandResult> replication = context().wiring().replication()
        .runIfReplication(new dev.rocky.cli.replication.ReplicationRequest(root().configPath(), context().resolve(models),
            pipeline, filter), context().err());
    if (replication.isPresent()) {
      return emit(replication.get());
    }
    boolean watched = root().outputFormat() == OutputFormat.TABLE;
    RunRequest request = new RunRequest(root().configPath(), context().resolve(models), pipeline, selectors, vars,
        parallel, key, partitions(), watched, env, branch);
    return emit(context().wiring().runs().run(request, context().err()));
  }

  private PartitionOptions partitions() {
    try {
      return new PartitionOptions(partition, from, to, latest, missing, lookback);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private static CliException usage(String message) {
    return new CliException(CliErrorCode.USAGE, message, "see: rocky run --help");
  }
}
