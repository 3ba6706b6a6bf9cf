package dev.rocky.core.config;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One {@code [pipeline.NAME]} block, one variant per {@code type}: {@code replication} (the
 * default when {@code type} is absent), {@code transformation}, {@code quality}, {@code snapshot}
 * and {@code load}. Every type has {@code checks}, {@code execution}, {@code depends_on} and an
 * optional {@code schedule}.
 */
public sealed interface PipelineConfig
    permits ReplicationPipeline, TransformationPipeline, QualityPipeline, SnapshotPipeline, LoadPipeline {

  /** The wire names of the five types, in Rocky's order. */
  List<String> TYPES = List.of("replication", "transformation", "quality", "snapshot", "load");

  /** The {@code type} as written in TOML, e.g. {@code transformation}. */
  String type();

  ChecksConfig checks();

  ExecutionConfig execution();

  /** Pipeline names this one runs after in {@code run --dag}. */
  List<String> dependsOn();

  @Nullable PipelineSchedule schedule();

  /** The adapter the pipeline writes to (or checks, for quality pipelines). */
  String targetAdapter();
}
