package dev.rocky.planner.replication;

import java.util.List;

/** How one replicated table is copied. */
public sealed interface CopyStrategy {

  /** The {@code strategy} as written in {@code rocky.toml}. */
  String type();

  /** The whole source, replacing the target. */
  record FullRefresh() implements CopyStrategy {
    @Override
    public String type() {
      return "full_refresh";
    }
  }

  /** The source rows newer than the target's watermark on {@code timestampColumn}, appended. */
  record Incremental(String timestampColumn) implements CopyStrategy {
    @Override
    public String type() {
      return "incremental";
    }
  }

  /**
   * The whole source merged into the target on {@code keys}; {@code fallbackKeys} are used when a
   * key is not a column of the source table.
   */
  record Merge(List<String> keys, List<String> fallbackKeys) implements CopyStrategy {
    public Merge {
      keys = List.copyOf(keys);
      fallbackKeys = List.copyOf(fallbackKeys);
    }

    @Override
    public String type() {
      return "merge";
    }
  }

  /** A view over the source. */
  record View(boolean materialized) implements CopyStrategy {
    @Override
    public String type() {
      return materialized ? "materialized_view" : "view";
    }
  }
}
