package dev.rocky.app.govern;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rocky's {@code ComplianceOutput} (without the {@code version}/{@code command} envelope): a summary,
 * every classified column with its strategy and whether it is enforced in each environment, and the
 * exceptions. Beyond Rocky: each column says whether its classification is {@code declared} or
 * {@code inherited} (and from which column), and {@code markdown} renders the report for a pull request.
 */
@JsonPropertyOrder({"summary", "per_column", "exceptions", "markdown"})
public record ComplianceReport(
    @JsonProperty("summary") Summary summary,
    @JsonProperty("per_column") List<ColumnReport> perColumn,
    @JsonProperty("exceptions") List<ComplianceException> exceptions,
    @JsonProperty("markdown") String markdown) {

  public ComplianceReport {
    perColumn = List.copyOf(perColumn);
    exceptions = List.copyOf(exceptions);
  }

  @JsonIgnore
  public boolean hasExceptions() {
    return !exceptions.isEmpty();
  }

  public record Summary(
      @JsonProperty("total_classified") int totalClassified,
      @JsonProperty("total_masked") int totalMasked,
      @JsonProperty("total_exceptions") int totalExceptions) {}

  @JsonPropertyOrder({"model", "column", "classification", "source", "inherited_from", "envs"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ColumnReport(
      @JsonProperty("model") String model,
      @JsonProperty("column") String column,
      @JsonProperty("classification") String classification,
      @JsonProperty("source") String source,
      @JsonProperty("inherited_from") @Nullable String inheritedFrom,
      @JsonProperty("envs") List<EnvStatus> envs) {
    public ColumnReport {
      envs = List.copyOf(envs);
    }
  }

  public record EnvStatus(
      @JsonProperty("env") String env,
      @JsonProperty("masking_strategy") String maskingStrategy,
      @JsonProperty("enforced") boolean enforced) {}

  public record ComplianceException(
      @JsonProperty("model") String model,
      @JsonProperty("column") String column,
      @JsonProperty("env") String env,
      @JsonProperty("reason") String reason) {}
}
