package dev.rocky.infra;

import dev.rocky.compiler.load.LoadOptions;
import dev.rocky.compiler.load.LoadResult;
import dev.rocky.compiler.load.ProjectLoader;
import dev.rocky.core.config.PipelineSchedule;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.store.local.DirectoryProjectSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The scheduled pipelines of a project: every {@code [pipeline.NAME.schedule]} with a {@code cron},
 * read by the compiler's own loader (so {@code ${VAR}} substitution and the config's defaults are
 * the ones {@code rocky} applies). The time zone is the block's {@code timezone}, else the project's
 * {@code [schedule] timezone} (UTC).
 */
public final class PipelineSchedules {
  private PipelineSchedules() {}

  /**
   * Reads {@code configFile} under {@code projectDir}.
   *
   * @throws IllegalArgumentException when the config does not load or a cron cannot be scheduled;
   *     the message names the file and the pipeline
   */
  public static List<ScheduledPipeline> read(Path projectDir, String configFile) {
    LoadResult loaded = new ProjectLoader(System.getenv())
        .load(new DirectoryProjectSource(projectDir), new LoadOptions(configFile, null, null));
    if (loaded.project() == null) {
      throw new IllegalArgumentException(projectDir.resolve(configFile) + " does not load: "
          + loaded.diagnostics().stream().map(d -> d.code() + " " + d.message()).collect(Collectors.joining("; "))
          + " (run `rocky validate` there)");
    }
    return of(loaded.project().config(), projectDir.resolve(configFile).toString());
  }

  /** The scheduled pipelines of a loaded config; {@code where} names it in errors. */
  public static List<ScheduledPipeline> of(RockyConfig config, String where) {
    List<ScheduledPipeline> out = new ArrayList<>();
    config.pipelines().forEach((name, pipeline) -> {
      PipelineSchedule schedule = pipeline.schedule();
      if (schedule == null || schedule.cron() == null) {
        return;
      }
      String expression;
      try {
        expression = ScheduleCron.toScheduler(schedule.cron());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": [pipeline." + name + ".schedule] " + e.getMessage(), e);
      }
      String timezone = schedule.timezone() != null ? schedule.timezone() : config.schedule().timezone();
      out.add(new ScheduledPipeline(name, expression, timezone, schedule.enabled()));
    });
    return List.copyOf(out);
  }
}
