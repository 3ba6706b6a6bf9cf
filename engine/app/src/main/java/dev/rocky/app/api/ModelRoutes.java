package dev.rocky.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.app.compile.CompileReport;
import dev.rocky.app.lineage.LineageReports;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.lineage.LineageGraph;
import dev.rocky.core.RockyVersion;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Project;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code GET /models} and {@code GET /models/{name}/lineage}: the compiled graph, as the CLI prints it. */
final class ModelRoutes {
  private final ProjectBackend project;

  ModelRoutes(ProjectBackend project) {
    this.project = project;
  }

  ApiResponse list() {
    CompileResult compiled = project.compile(Map.of());
    Project p = Compiled.require(compiled, false);
    CompileReport report = CompileReport.of(compiled, null);
    return ApiResponse.json(200, new ModelList(RockyVersion.get(), "models", compiled.hasErrors(),
        Pipelines.of(p).list(), report.modelsDetail()));
  }

  /** {@code rocky lineage <model> --output json}, envelope included. */
  ApiResponse lineage(String model) {
    CompileResult compiled = project.compile(Map.of());
    Project p = Compiled.require(compiled, false);
    if (p.model(model).isEmpty()) {
      String names = p.models().stream().map(Model::name).limit(20).collect(Collectors.joining(", "));
      throw new ApiException(ApiErrorCode.MODEL_NOT_FOUND, "no model named '" + model + "'",
          p.models().isEmpty() ? "the project has no models" : "GET /models lists them: " + names
              + (p.models().size() > 20 ? ", ..." : ""));
    }
    LineageGraph graph = compiled.lineage();
    if (graph.schema(model).isEmpty()) {
      throw new ApiException(ApiErrorCode.PROJECT_INVALID, "model '" + model + "' did not compile, so it has no lineage",
          "run 'rocky compile' on the project and fix the errors it reports");
    }
    ObjectNode body = ApiJson.mapper().createObjectNode();
    body.put("version", RockyVersion.get());
    body.put("command", "lineage");
    body.setAll((ObjectNode) ApiJson.mapper().valueToTree(LineageReports.model(graph, model)));
    return ApiResponse.json(200, body);
  }
}
