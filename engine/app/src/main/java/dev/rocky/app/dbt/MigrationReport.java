package dev.rocky.app.dbt;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.rocky.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * What {@code rocky validate-migration} found, without the envelope: whether the Rocky project
 * compiles, and per model whether it exists on each side, its upstream models on each side, and
 * the columns dbt declares that Rocky's output lacks or types differently.
 */
@JsonPropertyOrder({"project_name", "dbt_models", "rocky_models", "not_translated", "differences", "compile_ok",
    "compile_errors", "models"})
public record MigrationReport(
    @JsonProperty("project_name") String projectName,
    @JsonProperty("dbt_models") int dbtModels,
    @JsonProperty("rocky_models") int rockyModels,
    @JsonProperty("not_translated") List<String> notTranslated,
    @JsonProperty("differences") int differences,
    @JsonProperty("compile_ok") boolean compileOk,
    @JsonProperty("compile_errors") List<Diagnostic> compileErrors,
    @JsonProperty("models") List<ModelComparison> models) {

  public MigrationReport {
    notTranslated = List.copyOf(notTranslated);
    compileErrors = List.copyOf(compileErrors);
    models = List.copyOf(models);
  }

  /** Whether the migration holds: it compiles and nothing differs but the models reported as not translated. */
  public boolean ok() {
    return compileOk && differences == 0;
  }

  /** One model on both sides. */
  @JsonPropertyOrder({"model", "present_in_dbt", "present_in_rocky", "not_translated", "dbt_depends_on",
      "rocky_depends_on", "missing_dependencies", "extra_dependencies", "columns_checked", "missing_columns",
      "type_differences"})
  public record ModelComparison(
      @JsonProperty("model") String model,
      @JsonProperty("present_in_dbt") boolean presentInDbt,
      @JsonProperty("present_in_rocky") boolean presentInRocky,
      @JsonProperty("not_translated") boolean notTranslated,
      @JsonProperty("dbt_depends_on") List<String> dbtDependsOn,
      @JsonProperty("rocky_depends_on") List<String> rockyDependsOn,
      @JsonProperty("missing_dependencies") List<String> missingDependencies,
      @JsonProperty("extra_dependencies") List<String> extraDependencies,
      @JsonProperty("columns_checked") int columnsChecked,
      @JsonProperty("missing_columns") List<String> missingColumns,
      @JsonProperty("type_differences") List<TypeDifference> typeDifferences) {

    public ModelComparison {
      dbtDependsOn = List.copyOf(dbtDependsOn);
      rockyDependsOn = List.copyOf(rockyDependsOn);
      missingDependencies = List.copyOf(missingDependencies);
      extraDependencies = List.copyOf(extraDependencies);
      missingColumns = List.copyOf(missingColumns);
      typeDifferences = List.copyOf(typeDifferences);
    }

    /** Whether anything differs, not counting a model the import reported as not translated. */
    public boolean differs() {
      if (notTranslated) {
        return false;
      }
      return presentInDbt != presentInRocky || !missingDependencies.isEmpty() || !extraDependencies.isEmpty()
          || !missingColumns.isEmpty() || !typeDifferences.isEmpty();
    }
  }

  /** A column whose type dbt declares in a different family (number, string, date, ...) than Rocky infers. */
  @JsonPropertyOrder({"column", "dbt_type", "rocky_type"})
  public record TypeDifference(
      @JsonProperty("column") String column,
      @JsonProperty("dbt_type") String dbtType,
      @JsonProperty("rocky_type") String rockyType) {}
}
