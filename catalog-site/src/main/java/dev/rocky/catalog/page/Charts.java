package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.RunData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Builds the inline SVG charts: bars over recent runs and a run's Gantt timeline. */
public final class Charts {
  static final int BAR_WIDTH = 14;
  static final int GAP = 4;
  static final int HEIGHT = 60;
  static final int GANTT_ROW = 18;
  static final int GANTT_LABEL = 220;
  static final int GANTT_BARS = 640;

  private Charts() {}

  /**
   * One bar per execution, oldest first; null when none of them has a value. A bar over
   * {@code limit} (when set) is marked {@code breach}.
   */
  public static @Nullable Chart bars(String caption, List<ExecutionData> newestFirst, @Nullable Double limit,
      Function<ExecutionData, @Nullable Double> value, Function<Double, String> label) {
    List<ExecutionData> runs = new ArrayList<>(newestFirst);
    Collections.reverse(runs);
    double max = 0;
    boolean any = false;
    for (ExecutionData e : runs) {
      Double v = value.apply(e);
      if (v != null) {
        any = true;
        max = Math.max(max, v);
      }
    }
    if (!any) {
      return null;
    }
    double top = limit != null ? Math.max(max, limit) : max;
    List<Chart.Bar> bars = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      ExecutionData e = runs.get(i);
      Double v = value.apply(e);
      if (v == null) {
        continue;
      }
      int h = top <= 0 ? 1 : Math.max(1, (int) Math.round(v / top * (HEIGHT - 2)));
      String cls = limit != null && v > limit ? "breach" : Format.statusClass(e.status());
      bars.add(new Chart.Bar(i * (BAR_WIDTH + GAP), HEIGHT - h, BAR_WIDTH, h, cls,
          Format.time(e.startedAt()) + ": " + label.apply(v) + " (" + e.status() + ")"));
    }
    return new Chart(caption, Math.max(1, runs.size() * (BAR_WIDTH + GAP)), HEIGHT, label.apply(top), bars);
  }

  /** Durations in milliseconds as a chart. */
  public static @Nullable Chart durations(List<ExecutionData> newestFirst) {
    return bars("Duration over recent runs", newestFirst, null, e -> (double) e.durationMs(), v -> Format.duration(v.longValue()));
  }

  /** A run's timeline, one row per execution in start order. */
  public static Gantt gantt(RunData run, Function<String, @Nullable String> href) {
    List<ExecutionData> rows = new ArrayList<>(run.executions());
    rows.sort(Comparator.comparing(ExecutionData::startedAt).thenComparing(ExecutionData::model));
    long total = Math.max(1, Duration.between(run.startedAt(), run.finishedAt()).toMillis());
    for (ExecutionData e : rows) {
      total = Math.max(total, Duration.between(run.startedAt(), e.finishedAt()).toMillis());
    }
    double scale = GANTT_BARS / (double) total;
    List<Gantt.Row> out = new ArrayList<>();
    int y = 22;
    for (ExecutionData e : rows) {
      int x = GANTT_LABEL + (int) Math.round(Math.max(0, Duration.between(run.startedAt(), e.startedAt()).toMillis()) * scale);
      int w = Math.max(2, (int) Math.round(e.durationMs() * scale));
      String title = e.model() + ": " + e.status() + ", " + Format.duration(e.durationMs())
          + (e.costUsd() == null ? "" : ", " + Format.usd(e.costUsd()));
      out.add(new Gantt.Row(Format.cut(e.model(), 32), href.apply(e.model()), y, y + 12, x, w, GANTT_ROW - 4,
          Format.statusClass(e.status()), title));
      y += GANTT_ROW;
    }
    List<Gantt.Tick> ticks = new ArrayList<>();
    for (int i = 0; i <= 4; i++) {
      ticks.add(new Gantt.Tick(GANTT_LABEL + GANTT_BARS * i / 4, Format.duration(total * i / 4)));
    }
    return new Gantt(GANTT_LABEL + GANTT_BARS + 40, y + 4, GANTT_LABEL, ticks, out);
  }
}
