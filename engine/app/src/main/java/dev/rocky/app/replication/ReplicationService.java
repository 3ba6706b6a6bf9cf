package dev.rocky.app.replication;

import dev.rocky.app.run.RunOptions;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.port.SourceAdapter;
import dev.rocky.core.source.DiscoveredSource;
import dev.rocky.planner.replication.ReplicationPlan;
import dev.rocky.planner.replication.ReplicationPlanner;
import dev.rocky.planner.replication.SchemaComponents;
import dev.rocky.planner.replication.TableTask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two use cases of a replication pipeline: {@link #discover} (metadata only: what it would
 * copy, and where) and {@link #run} (discover, then copy with a {@link ReplicationRunner}).
 */
public final class ReplicationService {
  private final String pipeline;
  private final ReplicationPipeline config;
  private final ReplicationPlanner planner;

  /**
   * @param localCatalog the warehouse's own catalog name (names in it are written two-part), or null
   */
  public ReplicationService(String pipeline, ReplicationPipeline config, @Nullable String localCatalog) {
    this.pipeline = pipeline;
    this.config = config;
    this.planner = new ReplicationPlanner(pipeline, config, localCatalog);
  }

  /** Lists the pipeline's sources (those whose schema fits the pattern and passes the filter) and their targets. */
  public DiscoverOutput discover(SourceAdapter source, Map<String, String> filter) {
    planner.checkFilter(filter);
    List<DiscoveredSource> found = source.discover(planner.schemaPrefix());
    ReplicationPlan plan = planner.plan(found, filter);
    List<DiscoverOutput.Source> sources = new ArrayList<>();
    for (DiscoveredSource s : found) {
      Optional<SchemaComponents> components = planner.components(s);
      List<DiscoverOutput.Table> tables = plan.tasks().stream()
          .filter(t -> t.source().schema().equals(s.schema()))
          .map(t -> table(s, t))
          .toList();
      if (components.isPresent() && !tables.isEmpty()) {
        sources.add(new DiscoverOutput.Source(s.id(), s.schema(), components.get().values(), s.sourceType(),
            s.lastSyncAt(), tables));
      }
    }
    return new DiscoverOutput(RockyVersion.get(), "discover", pipeline, sources, plan.excluded());
  }

  /** Discovers, then copies every table of the plan. */
  public ReplicationRunOutput run(SourceAdapter source, Map<String, String> filter, ReplicationRunner runner,
      RunOptions options) {
    planner.checkFilter(filter);
    ReplicationPlan plan = planner.plan(source.discover(planner.schemaPrefix()), filter);
    return runner.run(pipeline, config, plan, options);
  }

  private static DiscoverOutput.Table table(DiscoveredSource source, TableTask task) {
    Long rows = source.tables().stream().filter(t -> t.name().equals(task.source().table())).findFirst()
        .map(t -> t.rowCount()).orElse(null);
    return new DiscoverOutput.Table(task.source().table(), rows, task.target().qualifiedName(), task.strategy().type(),
        task.assetKey());
  }
}
