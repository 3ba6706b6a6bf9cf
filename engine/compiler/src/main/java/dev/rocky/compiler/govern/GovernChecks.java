package dev.rocky.compiler.govern;

import dev.rocky.compiler.check.SourceTexts;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.config.CostSections.Portability;
import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Dialect;
import dev.rocky.core.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The governance checks a compile runs after binding: W004 and, with a target dialect, P001. */
public final class GovernChecks {
  private GovernChecks() {}

  /**
   * @param target {@code --target-dialect}, which wins over {@code [portability] target_dialect}; with
   *     neither, P001 is off
   * @param written the dialect the models are written in
   */
  public static List<Diagnostic> run(Project project, LineageGraph lineage, SourceTexts texts, @Nullable Dialect target,
      Dialect written) {
    List<Diagnostic> out = new ArrayList<>();
    ProjectClassifications classified = ClassificationResolver.resolve(project, lineage);
    out.addAll(new UnmaskedClassificationLint(texts).check(project, classified));
    Portability portability = project.config().portability();
    Optional<Dialect> dialect = Optional.ofNullable(target).or(() -> configured(portability));
    dialect.ifPresent(d -> out.addAll(new PortabilityLint(d, portability.allow(), written).check(project.models())));
    return out;
  }

  /** {@code [portability] target_dialect}; BigQuery, which this engine does not target, checks nothing. */
  private static Optional<Dialect> configured(Portability portability) {
    if (portability.targetDialect() == null) {
      return Optional.empty();
    }
    return switch (portability.targetDialect()) {
      case DUCKDB -> Optional.of(Dialect.DUCKDB);
      case DATABRICKS -> Optional.of(Dialect.DATABRICKS);
      case SNOWFLAKE -> Optional.of(Dialect.SNOWFLAKE);
      case BIGQUERY -> Optional.empty();
    };
  }
}
