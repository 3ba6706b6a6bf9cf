package dev.rocky.fn.compile;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.app.compile.ModelDetail;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.lineage.LineageEdge;
import dev.rocky.core.project.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The compiled project as an artifact: each model with its SQL, strategy, target, upstream models
 * and inferred columns; the DAG's layers; the column-level lineage. What the catalog and a
 * lineage diff read, without compiling again.
 */
public record ProjectIr(
    @JsonProperty("rocky_version") String rockyVersion,
    @JsonProperty("dialect") String dialect,
    @JsonProperty("layers") List<List<String>> layers,
    @JsonProperty("models") List<ModelIr> models,
    @JsonProperty("lineage") List<LineageEdge> lineage) {

  /** One model, as compiled. */
  public record ModelIr(
      @JsonProperty("sql_file") String sqlFile,
      @JsonProperty("sql") String sql,
      @JsonProperty("detail") ModelDetail detail) {}

  public static ProjectIr of(CompileResult result, List<ModelDetail> details) {
    List<ModelIr> models = new ArrayList<>();
    if (result.project() != null) {
      for (Model m : result.project().models()) {
        details.stream().filter(d -> d.name().equals(m.name())).findFirst()
            .ifPresent(d -> models.add(new ModelIr(m.sqlFile(), m.sql(), d)));
      }
    }
    List<List<String>> layers = result.dag() == null ? List.of() : result.dag().layers();
    return new ProjectIr(RockyVersion.get(), result.dialect().id(), layers, models, result.edges());
  }
}
