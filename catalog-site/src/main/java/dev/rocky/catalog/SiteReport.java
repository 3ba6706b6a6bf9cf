package dev.rocky.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a generation produced: the home page, the number of pages and files, how many files it
 * actually wrote (a rebuild leaves unchanged files alone), their total size in bytes, the largest
 * page, and how long it took ({@code layout}: the time spent in graph layouts, summed over threads).
 */
public record SiteReport(Path home, int pages, int files, int written, long bytes, long largestPage, Duration elapsed,
    Duration layout) {

  public SiteReport {
    Objects.requireNonNull(home, "home");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(layout, "layout");
  }
}
