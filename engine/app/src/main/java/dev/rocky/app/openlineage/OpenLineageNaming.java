package dev.rocky.app.openlineage;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.PipelineConfig;
import dev.rocky.core.config.TransformationPipeline;
import dev.rocky.core.project.Project;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Namespaces as OpenLineage's naming conventions spell them. Jobs live in the namespace of the
 * project's transformation pipeline ({@code rocky} when there is none); datasets in the namespace
 * of the warehouse the pipeline's adapter points at: {@code duckdb://<path>},
 * {@code unitycatalog://<host>} (Databricks), {@code snowflake://<account>}, else
 * {@code <type>://<adapter name>}. Either may be overridden.
 */
public record OpenLineageNaming(String jobNamespace, String datasetNamespace) {

  public static OpenLineageNaming of(Project project, @Nullable String jobNamespace, @Nullable String datasetNamespace) {
    String pipeline = null;
    String adapterName = null;
    for (Map.Entry<String, PipelineConfig> e : project.config().pipelines().entrySet()) {
      if (e.getValue() instanceof TransformationPipeline t) {
        pipeline = e.getKey();
        adapterName = t.targetAdapter();
        break;
      }
    }
    String jobs = jobNamespace != null ? jobNamespace : pipeline != null ? pipeline : "rocky";
    String datasets = datasetNamespace;
    if (datasets == null) {
      AdapterConfig adapter = adapterName == null ? null : project.config().adapters().get(adapterName);
      datasets = adapter == null ? "rocky://" + (adapterName == null ? "warehouse" : adapterName) : warehouse(adapterName, adapter);
    }
    return new OpenLineageNaming(jobs, datasets);
  }

  private static String warehouse(String name, AdapterConfig adapter) {
    String type = adapter.type().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "duckdb" -> "duckdb://" + (adapter.path() == null || adapter.path().isBlank() ? "memory" : adapter.path());
      case "databricks" -> adapter.host() == null ? "unitycatalog://" + name : "unitycatalog://" + adapter.host();
      case "snowflake" -> adapter.account() == null ? "snowflake://" + name
          : "snowflake://" + adapter.account().toLowerCase(Locale.ROOT);
      default -> type + "://" + name;
    };
  }
}
