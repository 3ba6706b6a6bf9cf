package dev.rocky.app.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rocky.compiler.CompileResult;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.project.Project;
import dev.rocky.core.run.RunIds;
import dev.rocky.planner.Selector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** {@code POST /runs}, {@code GET /runs} and {@code GET /runs/{run_id}}. */
final class RunRoutes {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  /** Runs read to find those of one pipeline. */
  private static final int PIPELINE_SCAN = 500;

  private final ProjectBackend project;
  private final RunBackend backend;

  RunRoutes(ProjectBackend project, RunBackend backend) {
    this.project = project;
    this.backend = backend;
  }

  /** The body of {@code GET /runs}. */
  record RunList(@JsonProperty("runs") List<RunView> runs) {}

  ApiResponse start(ApiRequest r) {
    if (r.body().length > RunsApi.MAX_BODY_BYTES) {
      throw new ApiException(ApiErrorCode.REQUEST_TOO_LARGE, "the body has more than " + RunsApi.MAX_BODY_BYTES
          + " bytes", "send only the fields of StartRun");
    }
    StartRunRequest request = ApiJson.read(r.body(), StartRunRequest.class, StartRunRequest.HINT);
    CompileResult compiled = project.compile(request.vars());
    Project p = Compiled.require(compiled, true);
    Pipelines pipelines = Pipelines.of(p);
    Set<String> scope = new LinkedHashSet<>();
    if (request.pipeline() != null) {
      scope.addAll(pipelines.require(request.pipeline()));
    } else if (pipelines.members().isEmpty()) {
      throw new ApiException(ApiErrorCode.PROJECT_INVALID, "rocky.toml has no transformation pipeline",
          "add [pipeline.NAME] with type = \"transformation\" and [pipeline.NAME.target] adapter = \"...\"");
    } else {
      pipelines.members().values().forEach(scope::addAll);
    }
    checkSelection(request, p, scope);
    RunView view = backend.start(new RunSubmission(request, r.caller())).asked(request);
    if (view.status() == ApiRunStatus.RUNNING) {
      return ApiResponse.json(202, view).withHeader("Location", "/runs/" + view.runId());
    }
    return ApiResponse.json(200, view);
  }

  ApiResponse get(String runId) {
    if (!RunIds.isWellFormed(runId)) {
      throw notFound(runId);
    }
    return ApiResponse.json(200, backend.find(runId).orElseThrow(() -> notFound(runId)));
  }

  ApiResponse list(ApiRequest r) {
    int limit = limit(r.queryParam("limit").orElse(null));
    String pipeline = r.queryParam("pipeline").orElse(null);
    if (pipeline == null) {
      return ApiResponse.json(200, new RunList(backend.recent(limit).stream().limit(limit).toList()));
    }
    if (pipeline.isBlank()) {
      throw new ApiException(ApiErrorCode.REQUEST_INVALID, "pipeline must not be blank", "leave it out to list every run");
    }
    Set<String> members = Pipelines.of(Compiled.require(project.compile(Map.of()), false)).require(pipeline);
    List<RunView> runs = backend.recent(PIPELINE_SCAN).stream()
        .filter(v -> pipeline.equals(v.pipeline())
            || (v.pipeline() == null && v.modelNames().stream().anyMatch(members::contains)))
        .limit(limit)
        .toList();
    return ApiResponse.json(200, new RunList(runs));
  }

  /** Every selector parses and names a model of the run's pipelines. */
  private static void checkSelection(StartRunRequest request, Project p, Set<String> scope) {
    for (String text : request.selection()) {
      Selector selector;
      try {
        selector = Selector.parse(text);
      } catch (RockyException | IllegalArgumentException e) {
        throw new ApiException(ApiErrorCode.REQUEST_INVALID, String.valueOf(e.getMessage()),
            "a selector is NAME, +NAME (with upstream), NAME+ (with downstream) or +NAME+");
      }
      if (p.model(selector.model()).isEmpty()) {
        throw new ApiException(ApiErrorCode.REQUEST_INVALID, "selector '" + text + "' names no model",
            "GET /models lists the models");
      }
      if (!scope.contains(selector.model())) {
        throw new ApiException(ApiErrorCode.REQUEST_INVALID, "model '" + selector.model() + "' is not in pipeline '"
            + request.pipeline() + "'", "select models of the pipeline, or leave the pipeline out");
      }
    }
  }

  private static int limit(@Nullable String text) {
    if (text == null) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(text.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiException(ApiErrorCode.REQUEST_INVALID, "limit must be a whole number from 1 to " + MAX_LIMIT
        + ", got '" + text + "'", "leave it out for the last " + DEFAULT_LIMIT + " runs");
  }

  private static ApiException notFound(String runId) {
    return new ApiException(ApiErrorCode.RUN_NOT_FOUND, "no run " + runId,
        "GET /runs lists the recent runs; a run id looks like run-20260102-030405-123");
  }

  /** The run id in a lease owner ({@code host:pid:run-id}), when it has one. */
  static @Nullable String runIdOfLeaseOwner(String owner) {
    String last = owner.substring(owner.lastIndexOf(':') + 1);
    return RunIds.isWellFormed(last) ? last : null;
  }
}
