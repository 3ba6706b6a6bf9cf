package dev.rocky.cli.replication;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky run} or {@code rocky discover} on a replication pipeline.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param pipeline {@code --pipeline}, or null: the project's only replication pipeline
 * @param filter {@code --filter key=value} pairs: a schema component's value, or {@code table}
 */
public record ReplicationRequest(Path config, Path models, @Nullable String pipeline, Map<String, String> filter) {
  public ReplicationRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    filter = Collections.unmodifiableMap(new LinkedHashMap<>(filter));
  }

  /** {@code key=value ...}, as the run output's {@code filter} shows it. */
  public String filterText() {
    return String.join(" ", filter.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
