package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run's timeline: one row per model, its bar from when it started to when it finished, relative
 * to the run's start. {@code labelWidth} is the room left of the bars for the model names.
 */
public record Gantt(int width, int height, int labelWidth, List<Tick> ticks, List<Row> rows) {

  public record Tick(int x, String label) {}

  /** {@code textY} is the baseline of the label; {@code cls} colours the bar by status. */
  public record Row(String label, @Nullable String href, int y, int textY, int x, int w, int h, String cls, String title) {}
}
