package dev.rocky.catalog.page;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The page of one model. {@code sqlHtml} is the model's SQL already escaped and highlighted;
 * {@code graphScript} the lazily loaded lineage graph; charts are null when no run recorded the
 * value (the page then says "not recorded").
 */
public record ModelPage(
    Layout layout,
    String name,
    @Nullable String intent,
    String file,
    String target,
    String strategy,
    String strategyDetail,
    List<Link> tags,
    List<ColumnRow> columns,
    boolean schemaIncomplete,
    List<Link> unresolved,
    String sqlHtml,
    @Nullable ContractView contract,
    List<TestRow> tests,
    List<Link> upstream,
    List<Link> downstream,
    List<RunRow> runs,
    @Nullable Chart durationChart,
    @Nullable Chart costChart,
    @Nullable String budget,
    List<DiagnosticRow> diagnostics,
    String graphScript) {

  public boolean hasTags() {
    return !tags.isEmpty();
  }

  public boolean hasUnresolved() {
    return !unresolved.isEmpty();
  }

  public boolean hasTests() {
    return !tests.isEmpty();
  }

  public boolean hasUpstream() {
    return !upstream.isEmpty();
  }

  public boolean hasDownstream() {
    return !downstream.isEmpty();
  }

  public boolean hasRuns() {
    return !runs.isEmpty();
  }

  public boolean hasDiagnostics() {
    return !diagnostics.isEmpty();
  }

  /**
   * A column: {@code reads} the columns whose values it is made of (one hop, with the transform as
   * note) and {@code readsIndirect} those that only filter, join, group or order it; {@code readBy}
   * and {@code readByIndirect} the model columns that read it, likewise; {@code contract} what the
   * contract says of it.
   */
  public record ColumnRow(String name, String anchor, String type, String nullable, @Nullable String description,
      @Nullable String classification, @Nullable String masking, @Nullable String contract, List<Link> reads,
      List<Link> readsIndirect, List<Link> readBy, List<Link> readByIndirect, @Nullable String unresolved) {

    public boolean hasReadsIndirect() {
      return !readsIndirect.isEmpty();
    }

    public boolean hasReadByIndirect() {
      return !readByIndirect.isEmpty();
    }

    /** How many columns {@code readsIndirect} lists, as the summary of its folded list. */
    public String readsIndirectLabel() {
      return readsIndirect.size() + " indirect";
    }

    public String readByIndirectLabel() {
      return readByIndirect.size() + " indirect";
    }
  }

  /** The contract: whether it holds and, if not, why; the columns it declares. */
  public record ContractView(String file, boolean holds, List<String> violations, List<String> declared) {}

  /** A declared test and its last result ({@code not recorded} when no run recorded one). */
  public record TestRow(String type, String column, String detail, String lastResult, String resultClass) {}

  /** One recent execution of the model; {@code breach} when its cost went over the model's budget. */
  public record RunRow(String run, String runHref, String started, String status, String statusClass, String duration,
      String rows, String cost, boolean breach, @Nullable String error) {}
}
