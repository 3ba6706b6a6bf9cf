package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.RunData;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Builds a run's page. */
public final class RunPages {
  private static final int DEPTH = 1;

  private RunPages() {}

  public static RunPage build(SiteContext ctx, RunData r) {
    List<ExecutionData> ordered = r.executions().stream()
        .sorted(Comparator.comparing(ExecutionData::startedAt).thenComparing(ExecutionData::model)).toList();
    List<RunPage.Row> rows = ordered.stream().map(e -> new RunPage.Row(
        Link.to(e.model(), ctx.href(DEPTH, e.model())), e.status(), Format.statusClass(e.status()),
        "+" + Format.duration(Math.max(0, Duration.between(r.startedAt(), e.startedAt()).toMillis())),
        Format.duration(e.durationMs()), Format.count(e.rows()),
        e.bytesScanned() == null ? Format.NOT_RECORDED : Format.bytes(e.bytesScanned()), Format.usd(e.costUsd()),
        e.error())).toList();
    List<String> breaches = r.budgetBreaches().stream()
        .map(b -> b.limitType() + ": " + number(b.actual()) + " over the limit of " + number(b.limit())).toList();
    String git = r.gitCommit() == null ? null
        : (r.gitBranch() == null ? "" : r.gitBranch() + " @ ") + r.gitCommit().substring(0, Math.min(12, r.gitCommit().length()));
    return new RunPage(ctx.layout(r.runId(), DEPTH, "Runs"), r.runId(), r.status(), Format.statusClass(r.status()),
        Format.time(r.startedAt()), Format.time(r.finishedAt()),
        Format.duration(Duration.between(r.startedAt(), r.finishedAt()).toMillis()), r.trigger(), git,
        Format.usd(r.costUsd()), breaches, Charts.gantt(r, m -> ctx.href(DEPTH, m)), rows);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.4f", v);
  }
}
