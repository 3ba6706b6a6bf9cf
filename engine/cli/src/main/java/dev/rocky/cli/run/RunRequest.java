package dev.rocky.cli.run;

import dev.rocky.app.execute.PartitionOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky run}.
 *
 * @param config the absolute path of {@code rocky.toml}; the project root is its directory
 * @param models the models directory
 * @param pipeline {@code --pipeline}, or null for every transformation pipeline
 * @param selectors {@code --model} selectors ({@code name}, {@code +name}, {@code name+}); empty for all
 * @param vars {@code --var name=value} bindings, in command-line order
 * @param parallel models of one layer run at once
 * @param idempotencyKey {@code --idempotency-key}, or null
 * @param partitions which windows of time_interval models to run
 * @param progress show live progress on stderr (a person is watching)
 * @param env {@code --env}: the environment whose {@code [mask.<env>]} masks the run's models, or null
 * @param branch {@code --branch}: build every model into the branch's schema; null for production
 */
public record RunRequest(
    Path config,
    Path models,
    @Nullable String pipeline,
    List<String> selectors,
    Map<String, String> vars,
    int parallel,
    @Nullable String idempotencyKey,
    PartitionOptions partitions,
    boolean progress,
    @Nullable String env,
    @Nullable String branch) {

  public RunRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    selectors = List.copyOf(selectors);
    vars = Collections.unmodifiableMap(new LinkedHashMap<>(vars));
    Objects.requireNonNull(partitions, "partitions");
  }

  /** A production run, masked by the default {@code [mask]} only. */
  public RunRequest(Path config, Path models, @Nullable String pipeline, List<String> selectors, Map<String, String> vars,
      int parallel, @Nullable String idempotencyKey, PartitionOptions partitions, boolean progress) {
    this(config, models, pipeline, selectors, vars, parallel, idempotencyKey, partitions, progress, null, null);
  }
}
