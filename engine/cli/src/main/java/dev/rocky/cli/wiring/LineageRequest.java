package dev.rocky.cli.wiring;

import dev.rocky.compiler.lineage.Direction;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code rocky lineage [<model>|<model>.<column>]}.
 *
 * @param config the absolute path of {@code rocky.toml}
 * @param models the models directory
 * @param target a model, a {@code model.column} or a {@code source.table.column}; null for the whole
 *     project (OpenLineage only)
 * @param direction the walk for a column; null for Rocky's default (upstream)
 * @param format how to print
 * @param jobNamespace OpenLineage job namespace, or null for the pipeline's name
 * @param datasetNamespace OpenLineage dataset namespace, or null for the warehouse's
 */
public record LineageRequest(
    Path config,
    Path models,
    @Nullable String target,
    @Nullable Direction direction,
    LineageFormat format,
    @Nullable String jobNamespace,
    @Nullable String datasetNamespace) {

  public LineageRequest {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(models, "models");
    Objects.requireNonNull(format, "format");
  }

  /** How {@code rocky lineage} prints. */
  public enum LineageFormat {
    /** Rocky's JSON payloads. */
    JSON,
    /** A readable tree. */
    TABLE,
    /** Graphviz DOT. */
    DOT,
    /** OpenLineage JobEvents, one per line. */
    OPENLINEAGE
  }
}
