package dev.rocky.cli.run;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.cli.output.CommandResult;
import dev.rocky.cli.output.HumanView;
import dev.rocky.cli.output.TextTable;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.state.PartitionRecord;
import dev.rocky.core.state.Watermark;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.target.TargetResolver;
import dev.rocky.store.local.SqliteStateStore;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code rocky state}: what the state store remembers for each model of the project, the watermark
 * of its target (keyed {@code schema.table}, as the run wrote it) and its time_interval partitions.
 * A project that never ran has an empty state (and no state file is created to say so).
 */
public final class LocalState {

  /** A target's watermark; {@code table} is the state key, as in Rocky's {@code state} output. */
  public record WatermarkRow(
      @JsonProperty("model") String model,
      @JsonProperty("table") String table,
      @JsonProperty("last_value") Instant lastValue,
      @JsonProperty("updated_at") Instant updatedAt) {}

  /** The payload: the state file and what it holds. */
  public record StateReport(
      @JsonProperty("state_file") String stateFile,
      @JsonProperty("watermarks") List<WatermarkRow> watermarks,
      @JsonProperty("partitions") List<PartitionRecord> partitions) {}

  public CommandResult state(StateRequest request) {
    ProjectPaths paths = ProjectPaths.of(request.config(), request.models());
    List<WatermarkRow> watermarks = new ArrayList<>();
    List<PartitionRecord> partitions = new ArrayList<>();
    if (paths.hasState()) {
      Project project = paths.load();
      TargetResolver targets = TargetResolver.of(SqlDialect.DUCKDB);
      try (SqliteStateStore state = SqliteStateStore.forProject(paths.root())) {
        for (Model m : project.models()) {
          String key = targets.production(m.target()).qualifiedName();
          Optional<Watermark> w = state.watermark(key);
          w.ifPresent(v -> watermarks.add(new WatermarkRow(m.name(), key, v.lastValue(), v.updatedAt())));
          if (m.strategy() instanceof Strategy.TimeInterval) {
            partitions.addAll(state.partitions(m.name()));
          }
        }
      }
    }
    StateReport report = new StateReport(paths.relative(paths.stateFile()), watermarks, partitions);
    return CommandResult.success("state", report, view(report));
  }

  private static HumanView view(StateReport report) {
    TextTable.Builder w = TextTable.builder("MODEL", "TABLE", "WATERMARK", "UPDATED").emptyMessage("no watermarks");
    report.watermarks().forEach(r -> w.row(r.model(), r.table(), r.lastValue(), r.updatedAt()));
    TextTable.Builder p = TextTable.builder("MODEL", "PARTITION", "STATUS", "ROWS", "RUN")
        .emptyMessage("no time_interval partitions");
    report.partitions().forEach(r -> p.row(r.modelName(), r.partitionKey(),
        r.status().name().charAt(0) + r.status().name().substring(1).toLowerCase(Locale.ROOT), r.rowCount(), r.runId()));
    return (PrintWriter out) -> {
      out.println("state: " + report.stateFile());
      out.println();
      w.build().render(out);
      out.println();
      p.build().render(out);
    };
  }
}
