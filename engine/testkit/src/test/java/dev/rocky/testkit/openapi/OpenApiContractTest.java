package dev.rocky.testkit.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checker itself, on the repository's runs API document: it accepts what conforms and names what does not. */
class OpenApiContractTest {
  private static final String JSON = "application/json; charset=utf-8";
  private final OpenApiContract contract = OpenApiContract.load(Path.of("../../docs/api/openapi.yaml"));

  @Test
  void readsTheOperationsAndMatchesPathTemplates() {
    assertThat(contract.operations()).contains("GET /health", "POST /runs", "GET /runs/{run_id}",
        "GET /models/{name}/lineage");
    assertThat(contract.declaredResponses()).contains("GET /health 200", "POST /runs 409").doesNotContain("GET /runs default");
    assertThat(contract.template("/runs/run-20260101-000000-000")).contains("/runs/{run_id}");
    assertThat(contract.template("/models/a/lineage")).contains("/models/{name}/lineage");
    assertThat(contract.template("/models/a/b/lineage")).isEmpty();
    assertThat(contract.declares("DELETE", "/runs")).isFalse();
  }

  @Test
  void acceptsAConformingAnswerAndRecordsIt() {
    assertThat(contract.responseProblems("GET", "/health", 200, JSON, "{\"status\":\"ok\",\"version\":\"0.1.0\"}")).isEmpty();
    assertThat(contract.responseProblems("GET", "/runs/run-20260101-000000-000", 503, JSON,
        "{\"code\":\"unavailable\",\"message\":\"busy\"}")).isEmpty();
    assertThat(contract.observed()).contains("GET /health 200", "GET /runs/{run_id} default(503)");
    assertThat(contract.unobserved()).doesNotContain("GET /health 200").contains("POST /runs 202");
  }

  @Test
  void namesWhatDoesNotConform() {
    assertThat(contract.responseProblems("GET", "/health", 200, JSON, "{\"status\":\"fine\"}"))
        .anyMatch(p -> p.contains("version")).anyMatch(p -> p.contains("status"));
    assertThat(contract.responseProblems("GET", "/health", 500, JSON, "{}")).singleElement()
        .asString().contains("status 500 is not declared");
    assertThat(contract.responseProblems("GET", "/health", 200, "text/html", "<html/>")).singleElement()
        .asString().contains("content type 'text/html'");
    assertThat(contract.responseProblems("GET", "/nowhere", 200, JSON, "{}")).singleElement()
        .asString().contains("no path");
    assertThat(contract.responseProblems("GET", "/runs/run-1", 200, JSON, "{\"run_id\":\"run-1\",\"status\":\"Running\","
        + "\"done\":false,\"models\":[]}")).anyMatch(p -> p.contains("run_id"));
    assertThat(contract.requestProblems("POST", "/runs", "application/json", "{\"pipelines\":\"x\"}"))
        .anyMatch(p -> p.contains("pipelines"));
    assertThat(contract.schemaProblems("Error", "{\"code\":\"Not-Snake\",\"message\":\"m\"}")).isNotEmpty();
    assertThatThrownBy(() -> contract.assertResponse("GET", "/health", 200, JSON, "[]")).isInstanceOf(AssertionError.class);
  }
}
