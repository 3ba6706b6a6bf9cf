package dev.rocky.catalog.data;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One model as compiled: its SQL, configuration, inferred columns and the lineage edges into its
 * columns. {@code reads} names the tables it reads directly, as {@link SiteData} names them (a
 * model's name, or a source's qualified name); {@code edges} are the one-hop column edges whose
 * target is this model. {@code budgetUsd} is the sidecar's {@code [budget] max_usd}, if any.
 */
public record ModelData(
    String name,
    String file,
    String sql,
    @Nullable String intent,
    String strategy,
    String strategyDetail,
    String target,
    List<ColumnData> columns,
    boolean schemaComplete,
    List<String> reads,
    List<EdgeData> edges,
    List<UnresolvedData> unresolved,
    @Nullable ContractData contract,
    List<TestData> tests,
    Map<String, String> tags,
    @Nullable Double budgetUsd) {

  public ModelData {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(strategyDetail, "strategyDetail");
    Objects.requireNonNull(target, "target");
    columns = List.copyOf(columns);
    reads = List.copyOf(reads);
    edges = List.copyOf(edges);
    unresolved = List.copyOf(unresolved);
    tests = List.copyOf(tests);
    tags = Map.copyOf(tags);
  }
}
