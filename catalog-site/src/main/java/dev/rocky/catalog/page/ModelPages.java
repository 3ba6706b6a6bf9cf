package dev.rocky.catalog.page;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ContractData;
import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.data.EdgeData;
import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.TestData;
import dev.rocky.catalog.data.UnresolvedData;
import dev.rocky.catalog.render.SqlHighlight;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds a model's page from its data and the site's indexes. */
public final class ModelPages {
  /** Recent executions listed and charted per model. */
  static final int RECENT_RUNS = 20;
  /** Readers listed per column. */
  static final int READERS_LISTED = 10;
  private static final int DEPTH = 1;

  private ModelPages() {}

  public static ModelPage build(SiteContext ctx, ModelData m) {
    List<SiteContext.Execution> recent = ctx.executionsOf(m.name());
    if (recent.size() > RECENT_RUNS) {
      recent = recent.subList(0, RECENT_RUNS);
    }
    List<ExecutionData> executions = recent.stream().map(SiteContext.Execution::execution).toList();
    Chart cost = Charts.bars("Cost over recent runs", executions, m.budgetUsd(), ExecutionData::costUsd, Format::usd);
    return new ModelPage(
        ctx.layout(m.name(), DEPTH, "Models"),
        m.name(),
        m.intent(),
        m.file(),
        m.target(),
        m.strategy(),
        m.strategyDetail(),
        m.tags().entrySet().stream().sorted(Map.Entry.comparingByKey())
            .map(e -> new Link(e.getKey() + ": " + e.getValue(), null, null)).toList(),
        columns(ctx, m),
        !m.schemaComplete(),
        m.unresolved().stream().map(u -> new Link(u.column(), null, u.reason())).toList(),
        SqlHighlight.html(m.sql()),
        contract(m.contract()),
        m.tests().stream().map(ModelPages::test).toList(),
        m.reads().stream().map(t -> Link.to(t, ctx.href(DEPTH, t))).toList(),
        ctx.readersOf(m.name()).stream().map(r -> Link.to(r, ctx.href(DEPTH, r))).toList(),
        recent.stream().map(e -> run(e, m.budgetUsd())).toList(),
        Charts.durations(executions),
        cost,
        m.budgetUsd() == null ? null : Format.usd(m.budgetUsd()) + " per run",
        diagnostics(ctx, ctx.diagnosticsOf(m.name()), DEPTH),
        "../" + ctx.links().graph(m.name()));
  }

  private static List<ModelPage.ColumnRow> columns(SiteContext ctx, ModelData m) {
    Map<String, List<Link>> reads = new HashMap<>();
    Map<String, List<Link>> readsIndirect = new HashMap<>();
    for (EdgeData e : m.edges()) {
      (e.direct() ? reads : readsIndirect).computeIfAbsent(e.targetColumn(), c -> new ArrayList<>()).add(new Link(
          e.sourceTable() + "." + e.sourceColumn(), ctx.columnHref(DEPTH, e.sourceTable(), e.sourceColumn()), e.transform()));
    }
    Map<String, String> unresolved = new HashMap<>();
    for (UnresolvedData u : m.unresolved()) {
      unresolved.put(u.column().toLowerCase(Locale.ROOT), u.reason());
    }
    Map<String, String> contract = contractNotes(m.contract());
    List<ModelPage.ColumnRow> rows = new ArrayList<>();
    for (ColumnData c : m.columns()) {
      rows.add(new ModelPage.ColumnRow(c.name(), Links.columnAnchor(c.name()), c.type(), c.nullable() ? "yes" : "no",
          c.description(), c.classification(), c.masking(), contract.get(c.name().toLowerCase(Locale.ROOT)),
          reads.getOrDefault(c.name(), List.of()), readsIndirect.getOrDefault(c.name(), List.of()),
          readers(ctx, m.name(), c.name(), true), readers(ctx, m.name(), c.name(), false),
          unresolved.get(c.name().toLowerCase(Locale.ROOT))));
    }
    return rows;
  }

  /**
   * The model columns that read a column, through edges a value flows along ({@code direct}) or
   * not; at most {@link #READERS_LISTED} of them (the lineage graph and their pages go further).
   */
  static List<Link> readers(SiteContext ctx, String table, String column, boolean direct) {
    List<SiteContext.Reader> all = ctx.readersOf(table, column).stream()
        .filter(r -> !r.transform().startsWith("indirect") == direct).toList();
    List<Link> out = new ArrayList<>();
    for (SiteContext.Reader r : all.size() > READERS_LISTED ? all.subList(0, READERS_LISTED) : all) {
      out.add(new Link(r.model() + "." + r.column(), ctx.columnHref(DEPTH, r.model(), r.column()), r.transform()));
    }
    if (all.size() > READERS_LISTED) {
      out.add(new Link("and " + (all.size() - READERS_LISTED) + " more", null, null));
    }
    return out;
  }

  private static Map<String, String> contractNotes(@Nullable ContractData contract) {
    Map<String, String> notes = new HashMap<>();
    if (contract == null) {
      return notes;
    }
    for (ContractData.Column c : contract.columns()) {
      List<String> parts = new ArrayList<>();
      if (c.type() != null) {
        parts.add(c.type());
      }
      if (Boolean.FALSE.equals(c.nullable())) {
        parts.add("not null");
      }
      notes.put(c.name().toLowerCase(Locale.ROOT), String.join(", ", parts));
    }
    for (String r : contract.required()) {
      notes.merge(r.toLowerCase(Locale.ROOT), "required", (a, b) -> a.isEmpty() ? b : a + ", " + b);
    }
    for (String p : contract.protectedColumns()) {
      notes.merge(p.toLowerCase(Locale.ROOT), "protected", (a, b) -> a.isEmpty() ? b : a + ", " + b);
    }
    return notes;
  }

  private static ModelPage.@Nullable ContractView contract(@Nullable ContractData c) {
    if (c == null) {
      return null;
    }
    List<String> declared = c.columns().stream().map(ContractData.Column::name).toList();
    return new ModelPage.ContractView(c.file(), c.holds(), c.violations(), declared);
  }

  private static ModelPage.TestRow test(TestData t) {
    String result = t.lastResult() == null ? Format.NOT_RECORDED : t.lastResult();
    return new ModelPage.TestRow(t.type(), t.column() == null ? "" : t.column(), t.detail(), result, Format.statusClass(result));
  }

  private static ModelPage.RunRow run(SiteContext.Execution x, @Nullable Double budget) {
    ExecutionData e = x.execution();
    boolean breach = budget != null && e.costUsd() != null && e.costUsd() > budget;
    return new ModelPage.RunRow(x.run().runId(), "../" + Links.runPage(x.run().runId()), Format.time(e.startedAt()),
        e.status(), Format.statusClass(e.status()), Format.duration(e.durationMs()), Format.count(e.rows()),
        Format.usd(e.costUsd()), breach, e.error());
  }

  /** Diagnostic rows for a page {@code depth} directories down. */
  public static List<DiagnosticRow> diagnostics(SiteContext ctx, List<DiagnosticData> list, int depth) {
    String root = "../".repeat(depth);
    return list.stream().map(d -> new DiagnosticRow(d.severity(), Format.statusClass(d.severity()), d.code(),
        root + "diagnostics.html#" + Links.codeAnchor(d.code()), d.message(),
        d.model() == null ? null : Link.to(d.model(), ctx.href(depth, d.model())), d.location(), d.suggestion())).toList();
  }
}
