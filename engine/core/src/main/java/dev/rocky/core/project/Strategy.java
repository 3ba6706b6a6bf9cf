package dev.rocky.core.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a model is materialized: a sidecar's {@code [strategy]} table, tagged by {@code type}. The
 * JSON and TOML shapes are Rocky's ({@code {"type": "merge", "unique_key": [...]}}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(Strategy.FullRefresh.class),
  @JsonSubTypes.Type(Strategy.Incremental.class),
  @JsonSubTypes.Type(Strategy.Merge.class),
  @JsonSubTypes.Type(Strategy.DeleteInsert.class),
  @JsonSubTypes.Type(Strategy.TimeInterval.class),
  @JsonSubTypes.Type(Strategy.Microbatch.class),
  @JsonSubTypes.Type(Strategy.Ephemeral.class),
  @JsonSubTypes.Type(Strategy.View.class),
  @JsonSubTypes.Type(Strategy.MaterializedView.class),
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface Strategy {

  /** The wire name, e.g. {@code full_refresh}. */
  String type();

  @JsonTypeName("full_refresh")
  record FullRefresh() implements Strategy {
    @Override
    public String type() {
      return "full_refresh";
    }
  }

  /** Appends rows newer than the watermark kept for {@code timestamp_column}. */
  @JsonTypeName("incremental")
  record Incremental(@JsonProperty("timestamp_column") String timestampColumn) implements Strategy {
    public Incremental {
      Objects.requireNonNull(timestampColumn, "timestamp_column");
    }

    @Override
    public String type() {
      return "incremental";
    }
  }

  /** Upserts on {@code unique_key}; {@code update_columns} default to every non-key column. */
  @JsonTypeName("merge")
  record Merge(
      @JsonProperty("unique_key") List<String> uniqueKey,
      @JsonProperty("update_columns") @Nullable List<String> updateColumns)
      implements Strategy {
    public Merge {
      uniqueKey = List.copyOf(Objects.requireNonNull(uniqueKey, "unique_key"));
      updateColumns = updateColumns == null ? null : List.copyOf(updateColumns);
    }

    @Override
    public String type() {
      return "merge";
    }
  }

  /** Deletes the partitions present in the new rows, then inserts them. */
  @JsonTypeName("delete_insert")
  record DeleteInsert(@JsonProperty("partition_by") List<String> partitionBy) implements Strategy {
    public DeleteInsert {
      partitionBy = List.copyOf(Objects.requireNonNull(partitionBy, "partition_by"));
    }

    @Override
    public String type() {
      return "delete_insert";
    }
  }

  /** Replaces half-open time windows {@code [@start_date, @end_date)} of {@code time_column}. */
  @JsonTypeName("time_interval")
  record TimeInterval(
      @JsonProperty("time_column") String timeColumn,
      @JsonProperty("granularity") Granularity granularity,
      @JsonProperty("lookback") @Nullable Integer lookback,
      @JsonProperty("batch_size") @Nullable Integer batchSize,
      @JsonProperty("first_partition") @Nullable String firstPartition)
      implements Strategy {
    public TimeInterval {
      Objects.requireNonNull(timeColumn, "time_column");
      Objects.requireNonNull(granularity, "granularity");
    }

    @Override
    public String type() {
      return "time_interval";
    }
  }

  /** Appends by {@code timestamp_column} in grains of {@code granularity} (default hour). */
  @JsonTypeName("microbatch")
  record Microbatch(
      @JsonProperty("timestamp_column") String timestampColumn,
      @JsonProperty("granularity") @Nullable Granularity granularity)
      implements Strategy {
    public Microbatch {
      Objects.requireNonNull(timestampColumn, "timestamp_column");
    }

    @Override
    public String type() {
      return "microbatch";
    }
  }

  /** Never materialized; inlined as a CTE into its consumers. */
  @JsonTypeName("ephemeral")
  record Ephemeral() implements Strategy {
    @Override
    public String type() {
      return "ephemeral";
    }
  }

  @JsonTypeName("view")
  record View() implements Strategy {
    @Override
    public String type() {
      return "view";
    }
  }

  @JsonTypeName("materialized_view")
  record MaterializedView() implements Strategy {
    @Override
    public String type() {
      return "materialized_view";
    }
  }

  /** Time grains of the time-interval and microbatch strategies. */
  enum Granularity {
    @JsonProperty("hour")
    HOUR,
    @JsonProperty("day")
    DAY,
    @JsonProperty("month")
    MONTH,
    @JsonProperty("year")
    YEAR
  }
}
