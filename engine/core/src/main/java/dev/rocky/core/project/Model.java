package dev.rocky.core.project;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One model: its name, its SQL file (project-relative, '/'-separated), the SQL body as written
 * and its resolved configuration. {@code sidecarFile} is null when the model has no sidecar.
 */
public record Model(String name, String sqlFile, String sql, @Nullable String sidecarFile, ModelConfig config) {

  public Model {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sqlFile, "sqlFile");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(config, "config");
  }

  public Strategy strategy() {
    return config.strategy();
  }

  public TargetRef target() {
    return config.target();
  }
}
