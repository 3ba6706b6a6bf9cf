package dev.rocky.compiler.check;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.project.Freshness;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.ModelConfig;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import dev.rocky.core.types.TypedColumn;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds IR records for the checker tests. */
final class Fixtures {
  private Fixtures() {}

  static Model model(String name, String sql, Strategy strategy) {
    return model(name, sql, strategy, null);
  }

  static Model model(String name, String sql, Strategy strategy, @Nullable Freshness freshness) {
    ModelConfig d = ModelConfig.defaults(name);
    ModelConfig config = new ModelConfig(d.dependsOn(), d.adapter(), d.intent(), strategy, d.target(), freshness,
        d.classification(), d.tags(), d.columnDescriptions(), d.tests(), d.unitTests(), d.budget());
    return new Model(name, "models/" + name + ".sql", sql, "models/" + name + ".toml", config);
  }

  static Model plain(String name, String sql) {
    return model(name, sql, new Strategy.FullRefresh());
  }

  static TypedColumn col(String name, RockyType type, boolean nullable) {
    return new TypedColumn(name, type, nullable);
  }

  static ModelSchema complete(String name, TypedColumn... columns) {
    return new ModelSchema(name, List.of(columns), true);
  }

  static ModelSchema partial(String name, TypedColumn... columns) {
    return new ModelSchema(name, List.of(columns), false);
  }

  static Map<String, ModelSchema> schemas(ModelSchema... schemas) {
    return java.util.Arrays.stream(schemas)
        .collect(java.util.stream.Collectors.toMap(ModelSchema::name, s -> s));
  }

  static List<DiagnosticCode> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).toList();
  }

  /** {@code file:line:col} of a diagnostic, for compact assertions. */
  static String where(Diagnostic d) {
    return d.span() == null ? "-" : d.span().toString();
  }
}
