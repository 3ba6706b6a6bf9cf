package dev.rocky.catalog.page;

import dev.rocky.catalog.data.CodeData;
import dev.rocky.catalog.data.DiagnosticData;
import dev.rocky.catalog.data.ExecutionData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.RunData;
import dev.rocky.catalog.data.SiteData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds the home page. */
public final class HomePages {
  static final int RUNS = 10;
  static final int TOP_COST = 10;
  static final int FAILING = 50;

  private HomePages() {}

  public static HomePage build(SiteContext ctx) {
    SiteData site = ctx.site();
    long errors = site.diagnostics().stream().filter(d -> d.severity().equals("Error")).count();
    long warnings = site.diagnostics().stream().filter(d -> d.severity().equals("Warning")).count();
    long columns = site.models().stream().mapToLong(m -> m.columns().size()).sum();
    long contracts = site.models().stream().filter(m -> m.contract() != null).count();
    long broken = site.models().stream().filter(m -> m.contract() != null && !m.contract().holds()).count();
    List<HomePage.Figure> figures = List.of(
        new HomePage.Figure("models", Format.count(site.models().size()), "models/index.html", ""),
        new HomePage.Figure("sources", Format.count(site.sources().size()), "sources/index.html", ""),
        new HomePage.Figure("columns", Format.count(columns), null, ""),
        new HomePage.Figure("contracts holding", (contracts - broken) + " of " + contracts, null, broken > 0 ? "bad" : ""),
        new HomePage.Figure("errors", Format.count(errors), "diagnostics.html", errors > 0 ? "bad" : ""),
        new HomePage.Figure("warnings", Format.count(warnings), "diagnostics.html", warnings > 0 ? "warn" : ""),
        new HomePage.Figure("runs recorded", Format.count(site.runs().size()), "runs/index.html", ""));
    List<HomePage.RunSummary> runs = site.runs().stream().limit(RUNS).map(HomePages::run).toList();
    RunData costed = site.runs().stream()
        .filter(r -> r.executions().stream().anyMatch(e -> e.costUsd() != null)).findFirst().orElse(null);
    List<HomePage.CostRow> top = new ArrayList<>();
    String costNote;
    if (costed == null) {
      costNote = site.runs().isEmpty() ? "No runs recorded yet: run `rocky run`, then build the catalog again."
          : "Cost not recorded by the runs so far.";
    } else {
      costNote = "From run " + costed.runId() + ".";
      costed.executions().stream().filter(e -> e.costUsd() != null)
          .sorted(Comparator.comparing((ExecutionData e) -> Objects.requireNonNull(e.costUsd())).reversed()
              .thenComparing(ExecutionData::model))
          .limit(TOP_COST)
          .forEach(e -> {
            ModelData m = ctx.model(e.model());
            boolean breach = m != null && m.budgetUsd() != null && e.costUsd() > m.budgetUsd();
            top.add(new HomePage.CostRow(Link.to(e.model(), ctx.href(0, e.model())), Format.usd(e.costUsd()),
                Format.duration(e.durationMs()), breach));
          });
    }
    return new HomePage(ctx.layout(site.project().name(), 0, "Home"), figures, runs, failing(ctx), top, costNote,
        site.pr() == null ? null : "pr.html");
  }

  private static List<HomePage.Failing> failing(SiteContext ctx) {
    List<HomePage.Failing> out = new ArrayList<>();
    SiteData site = ctx.site();
    for (ModelData m : site.models()) {
      if (m.contract() != null && !m.contract().holds()) {
        out.add(new HomePage.Failing("contract", Link.to(m.name(), ctx.href(0, m.name())), String.join("; ", m.contract().violations())));
      }
      m.tests().stream().filter(t -> "fail".equalsIgnoreCase(t.lastResult()) || "failed".equalsIgnoreCase(t.lastResult()))
          .forEach(t -> out.add(new HomePage.Failing("check", Link.to(m.name(), ctx.href(0, m.name())),
              t.type() + (t.column() == null ? "" : " on " + t.column()))));
    }
    if (!site.runs().isEmpty()) {
      RunData last = site.runs().get(0);
      for (ExecutionData e : last.executions()) {
        if (e.status().equals("failed")) {
          out.add(new HomePage.Failing("run", Link.to(e.model(), ctx.href(0, e.model())),
              "failed in " + last.runId() + (e.error() == null ? "" : ": " + Format.cut(e.error(), 160))));
        }
      }
    }
    // Contract errors are listed once per model above; every other error here.
    Set<String> contractCodes = site.codes().stream().filter(c -> c.category().equalsIgnoreCase("contract"))
        .map(CodeData::code).collect(Collectors.toSet());
    for (DiagnosticData d : site.diagnostics()) {
      if (d.severity().equals("Error") && !contractCodes.contains(d.code())) {
        String subject = d.model() == null ? "project" : d.model();
        out.add(new HomePage.Failing(d.code(), Link.to(subject, d.model() == null ? null : ctx.href(0, d.model())), d.message()));
      }
    }
    return out.size() > FAILING ? out.subList(0, FAILING) : out;
  }

  static HomePage.RunSummary run(RunData r) {
    long ok = r.executions().stream().filter(e -> e.status().equals("success")).count();
    long failed = r.executions().stream().filter(e -> e.status().equals("failed")).count();
    return new HomePage.RunSummary(r.runId(), Links.runPage(r.runId()), r.status(), Format.statusClass(r.status()),
        Format.time(r.startedAt()), Format.duration(Duration.between(r.startedAt(), r.finishedAt()).toMillis()),
        ok + " ok", Long.toString(failed), Format.usd(r.costUsd()), !r.budgetBreaches().isEmpty());
  }
}
