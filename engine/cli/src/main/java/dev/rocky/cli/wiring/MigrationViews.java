package dev.rocky.cli.wiring;

import dev.rocky.app.dbt.ImportReport;
import dev.rocky.app.dbt.MigrationReport;
import dev.rocky.cli.output.DiagnosticsView;
import dev.rocky.cli.output.HumanView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** How the dbt migration results read in {@code --output table}. */
final class MigrationViews {
  private MigrationViews() {}

  static HumanView imported(ImportReport r, Path out) {
    List<String> lines = new ArrayList<>();
    lines.add("Imported dbt project '" + r.projectName() + "' into " + out + " (from "
        + (r.importMethod().equals("manifest.json") ? "target/manifest.json" : "the project files") + ")");
    lines.add("  models: " + r.imported() + " imported (" + r.warnings() + " with warnings), " + r.failed() + " not translated");
    lines.add("  sources: " + r.sourcesMapped() + "/" + r.sourcesFound() + " tables declared; tests: " + r.testsConverted()
        + "/" + r.testsFound() + " converted; unit tests: " + r.unitTestsConverted() + "/" + r.unitTestsFound()
        + "; seeds: " + r.seeds());
    if (!r.failedDetails().isEmpty()) {
      lines.add("");
      lines.add("not translated (kept under untranslated/):");
      r.failedDetails().forEach(f -> lines.add("  " + f.name() + ": " + f.reason()));
    }
    if (!r.warningDetails().isEmpty()) {
      lines.add("");
      lines.add("warnings:");
      r.warningDetails().forEach(w -> lines.add("  " + w.model() + " [" + w.category() + "]"
          + (w.line() == null ? "" : " line " + w.line()) + ": " + w.message()));
    }
    lines.add("");
    lines.add("See " + out.resolve("MIGRATION-NOTES.md") + ". Next: rocky compile, then rocky validate-migration.");
    return HumanView.lines(lines.toArray(String[]::new));
  }

  static HumanView validated(MigrationReport r, Path root, boolean color) {
    return out -> {
      if (!r.compileErrors().isEmpty()) {
        new DiagnosticsView(r.compileErrors(), root, "the imported project does not compile", color).render(out);
      }
      for (MigrationReport.ModelComparison m : r.models()) {
        if (m.notTranslated()) {
          out.println("  " + m.model() + ": not translated by the import (see MIGRATION-NOTES.md)");
        } else if (m.differs()) {
          out.println("  " + m.model() + ": " + describe(m));
        }
      }
      out.println((r.ok() ? "migration ok: " : "migration differs: ") + r.rockyModels() + " Rocky models for "
          + r.dbtModels() + " dbt models, " + r.differences() + " with differences, " + r.notTranslated().size()
          + " not translated" + (r.compileOk() ? "" : ", " + r.compileErrors().size() + " compile errors"));
    };
  }

  private static String describe(MigrationReport.ModelComparison m) {
    List<String> parts = new ArrayList<>();
    if (!m.presentInRocky()) {
      parts.add("missing from the Rocky project");
    }
    if (!m.presentInDbt()) {
      parts.add("not in the dbt project");
    }
    if (!m.missingDependencies().isEmpty()) {
      parts.add("dbt also depends on " + String.join(", ", m.missingDependencies()));
    }
    if (!m.extraDependencies().isEmpty()) {
      parts.add("Rocky also depends on " + String.join(", ", m.extraDependencies()));
    }
    if (!m.missingColumns().isEmpty()) {
      parts.add("columns missing: " + String.join(", ", m.missingColumns()));
    }
    m.typeDifferences().forEach(t -> parts.add(t.column() + " is " + t.rockyType() + " (dbt: " + t.dbtType() + ")"));
    return String.join("; ", parts);
  }
}
