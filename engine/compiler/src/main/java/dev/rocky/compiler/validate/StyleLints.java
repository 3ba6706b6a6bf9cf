package dev.rocky.compiler.validate;

import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.StateConfig;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.SourceSpan;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;

/**
 * Style lints for keys that restate a default: a sidecar {@code name} equal to the file stem
 * (L001), a {@code target.table} equal to the model name (L002), {@code [state] backend = "local"}
 * (L004). Only keys written literally count; a value from {@code ${VAR}} is a deliberate template.
 */
final class StyleLints {
  private StyleLints() {}

  static void check(Project project, Findings out) {
    RockyConfig config = project.config();
    if (config.declares("state.backend") && config.state().backend() == StateConfig.Backend.LOCAL) {
      out.add(DiagnosticCode.L004, ValidateMessages.REDUNDANT_BACKEND, ValidateMessages.OMIT_KEY);
    }
    for (Model m : project.models()) {
      if (m.sidecarFile() == null) {
        continue;
      }
      SourceSpan at = SourceSpan.file(m.sidecarFile());
      if (m.config().declaredKeys().contains("name") && m.name().equals(stem(m.sqlFile()))) {
        out.add(Diagnostic.of(DiagnosticCode.L001, ValidateMessages.redundantName(m.name()))
            .withModel(m.name()).withSpan(at).withSuggestion(ValidateMessages.OMIT_KEY));
      }
      if (m.config().declaredKeys().contains("target.table") && m.target().table().equals(m.name())) {
        out.add(Diagnostic.of(DiagnosticCode.L002, ValidateMessages.redundantTable(m.name()))
            .withModel(m.name()).withSpan(at).withSuggestion(ValidateMessages.OMIT_KEY));
      }
    }
  }

  private static String stem(String sqlFile) {
    String name = sqlFile.substring(sqlFile.lastIndexOf('/') + 1);
    return name.replaceAll("\\.(sql|rocky)$", "");
  }
}
