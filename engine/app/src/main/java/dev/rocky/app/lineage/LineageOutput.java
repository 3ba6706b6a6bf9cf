package dev.rocky.app.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Rocky's {@code LineageOutput} for {@code rocky lineage <model>}: the model's columns, the models it
 * reads and that read it (direct), and every edge into or out of its columns. Beyond Rocky:
 * {@code sources} (the source and external tables it reads) and {@code unresolved}.
 */
@JsonPropertyOrder({"model", "columns", "upstream", "downstream", "edges", "sources", "unresolved"})
public record LineageOutput(
    @JsonProperty("model") String model,
    @JsonProperty("columns") List<ColumnDef> columns,
    @JsonProperty("upstream") List<String> upstream,
    @JsonProperty("downstream") List<String> downstream,
    @JsonProperty("edges") List<EdgeRecord> edges,
    @JsonProperty("sources") List<String> sources,
    @JsonProperty("unresolved") List<UnresolvedRecord> unresolved) {

  public LineageOutput {
    Objects.requireNonNull(model, "model");
    columns = List.copyOf(columns);
    upstream = List.copyOf(upstream);
    downstream = List.copyOf(downstream);
    edges = List.copyOf(edges);
    sources = List.copyOf(sources);
    unresolved = List.copyOf(unresolved);
  }

  /** A column and its type in Rocky's spelling ({@code Int64}, {@code Decimal(12,2)}); no type when unknown. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ColumnDef(@JsonProperty("name") String name, @JsonProperty("data_type") @Nullable String dataType) {
    public ColumnDef {
      Objects.requireNonNull(name, "name");
    }
  }
}
