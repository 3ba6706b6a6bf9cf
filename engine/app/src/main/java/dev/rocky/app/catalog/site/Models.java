package dev.rocky.app.catalog.site;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ContractData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.TestData;
import dev.rocky.catalog.data.UnresolvedData;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.bind.ModelAnalysis;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.compiler.lineage.UnresolvedRef;
import dev.rocky.core.config.MaskConfig;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Contract;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.TypedColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** A compiled model as the site shows it. */
final class Models {
  private final CompileResult result;
  private final Project project;
  private final TableNames names;
  private final Map<String, Contract> contracts = new HashMap<>();
  private final Map<String, List<String>> contractFindings = new HashMap<>();

  private final TestResults testResults;

  Models(CompileResult result, Project project, TableNames names, TestResults testResults) {
    this.result = result;
    this.testResults = testResults;
    this.project = project;
    this.names = names;
    project.contracts().forEach(c -> contracts.putIfAbsent(c.model(), c));
    for (Diagnostic d : result.diagnostics()) {
      if (d.model() != null && d.code().category() == DiagnosticCode.Category.CONTRACT && d.isError()) {
        contractFindings.computeIfAbsent(d.model(), k -> new ArrayList<>()).add(d.code().code() + ": " + d.message());
      }
    }
  }

  ModelData of(Model m) {
    LineageGraph lineage = result.lineage();
    ModelAnalysis analysis = result.analyses().get(m.name());
    ModelSchema schema = analysis == null ? ModelSchema.unknown(m.name()) : analysis.schema();
    Set<String> reads = new LinkedHashSet<>();
    lineage.upstreamModels(m.name()).forEach(t -> reads.add(names.of(t)));
    lineage.tablesRead(m.name()).forEach(t -> reads.add(names.of(t)));
    if (result.dag() != null) {
      result.dag().upstreamOf(m.name()).forEach(reads::add);
    }
    List<EdgeData> edges = new ArrayList<>();
    if (analysis != null) {
      for (LineageEdge e : analysis.edges()) {
        edges.add(new EdgeData(names.of(e.source().model()), e.source().column(), e.target().column(), e.transform().render()));
      }
    }
    List<UnresolvedData> unresolved = new ArrayList<>();
    for (UnresolvedRef u : lineage.unresolved(m.name())) {
      unresolved.add(new UnresolvedData(u.column().column(), u.reason()));
    }
    Contract contract = contracts.get(m.name());
    Object maxUsd = m.config().budget().get("max_usd");
    return new ModelData(m.name(), m.sqlFile(), m.sql(), m.config().intent(), m.strategy().type(), detail(m.strategy()),
        m.target().qualifiedName(), columns(m, schema, contract), schema.complete(), List.copyOf(reads), edges, unresolved,
        contract == null ? null : contract(contract, contractFindings.getOrDefault(m.name(), List.of())),
        m.config().tests().stream().map(t -> test(t, testResults.last(m.target(), t))).toList(), m.config().tags(),
        maxUsd instanceof Number n ? n.doubleValue() : null);
  }

  private List<ColumnData> columns(Model m, ModelSchema schema, @Nullable Contract contract) {
    Map<String, String> descriptions = new HashMap<>();
    if (contract != null) {
      contract.columns().stream().filter(c -> c.description() != null)
          .forEach(c -> descriptions.put(c.name().toLowerCase(Locale.ROOT), c.description()));
    }
    m.config().columnDescriptions().forEach((c, d) -> descriptions.put(c.toLowerCase(Locale.ROOT), d));
    Map<String, String> classes = new HashMap<>();
    m.config().classification().forEach((c, tag) -> classes.put(c.toLowerCase(Locale.ROOT), tag));
    MaskConfig mask = project.config().mask();
    List<ColumnData> out = new ArrayList<>();
    for (TypedColumn c : schema.columns()) {
      String key = c.name().toLowerCase(Locale.ROOT);
      String tag = classes.get(key);
      String masking = tag == null ? null : mask.strategyFor(tag, null).map(MaskConfig.Strategy::id).orElse("unresolved");
      out.add(new ColumnData(c.name(), c.type().display(), c.nullable(), descriptions.get(key), tag, masking));
    }
    return out;
  }

  private static ContractData contract(Contract c, List<String> findings) {
    return new ContractData(c.file(), c.columns().stream()
        .map(x -> new ContractData.Column(x.name(), x.type(), x.nullable())).toList(), c.required(), c.protectedColumns(), findings);
  }

  private static TestData test(Map<String, Object> t, @Nullable String lastResult) {
    String type = String.valueOf(t.getOrDefault("type", "test"));
    Object column = t.get("column");
    Map<String, Object> rest = new TreeMap<>(t);
    rest.remove("type");
    rest.remove("column");
    String detail = rest.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "));
    return new TestData(type, column == null ? null : String.valueOf(column), detail, lastResult);
  }

  /** The strategy's parameters in a line, e.g. {@code unique_key: customer_id}. */
  static String detail(Strategy s) {
    return switch (s) {
      case Strategy.FullRefresh f -> "";
      case Strategy.Ephemeral e -> "";
      case Strategy.View v -> "";
      case Strategy.MaterializedView v -> "";
      case Strategy.Incremental i -> "timestamp_column: " + i.timestampColumn();
      case Strategy.Merge mg -> "unique_key: " + String.join(", ", mg.uniqueKey())
          + (mg.updateColumns() == null ? "" : "; update_columns: " + String.join(", ", mg.updateColumns()));
      case Strategy.DeleteInsert d -> "partition_by: " + String.join(", ", d.partitionBy());
      case Strategy.TimeInterval t -> "time_column: " + t.timeColumn() + ", granularity: " + t.granularity().name().toLowerCase(Locale.ROOT)
          + (t.lookback() == null ? "" : ", lookback: " + t.lookback());
      case Strategy.Microbatch mb -> "timestamp_column: " + mb.timestampColumn()
          + (mb.granularity() == null ? "" : ", granularity: " + mb.granularity().name().toLowerCase(Locale.ROOT));
    };
  }
}
