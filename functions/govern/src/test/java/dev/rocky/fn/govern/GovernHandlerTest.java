package dev.rocky.fn.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.fn.RockyUserError;
import dev.rocky.fn.compile.Snapshots;
import dev.rocky.fn.compile.testing.LocalStores;
import dev.rocky.fn.compile.testing.ProjectZips;
import dev.rocky.fn.compile.testing.RecordedRuns;
import dev.rocky.fn.support.AwsStores;
import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.store.aws.testing.LocalAws;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The govern function against DynamoDB Local and S3Proxy: the compliance of the models a recorded
 * run built (an email masked by hash, a tax id with no strategy: an exception), and the catalog site
 * published to the bucket under its prefix.
 */
class GovernHandlerTest {
  private static final String TABLE = LocalAws.newStateTable();
  private static final String BUCKET = LocalAws.newBucket();
  private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");
  private static final String RUN = "run-20260301-060000-000";

  private AwsStores stores;
  private GovernHandler handler;
  private String snapshot;
  private String prefix;

  @BeforeEach
  void wire() {
    stores = LocalStores.in(TABLE, BUCKET, "govern-");
    prefix = LocalAws.unique("catalog-") + "/";
    handler = new GovernHandler(GovernWiring.of(stores.state(), stores.artifacts(),
        Snapshots.of(stores.artifacts(), stores.objects()), new S3SiteBucket(LocalAws.s3(), BUCKET, prefix)));
    snapshot = LocalStores.upload(BUCKET, "snapshots/people-", project());
  }

  @Test
  void governReportsTheBuiltModelsClassifiedColumnsAndTheirExceptions() {
    stores.state().recordRun(run(execution("stg_people", ModelStatus.SUCCESS), execution("stg_tax", ModelStatus.SUCCESS)));

    JsonNode out = invoke(GovernFunctionRequest.of(GovernFunctionRequest.Step.GOVERN, RUN, snapshot));

    JsonNode compliance = out.path("compliance");
    assertThat(compliance.path("compliant").asBoolean()).isFalse();
    assertThat(compliance.path("total_classified").asInt()).isEqualTo(2);
    assertThat(compliance.path("total_masked").asInt()).isEqualTo(1);
    assertThat(compliance.path("exceptions")).singleElement().satisfies(e -> {
      assertThat(e.path("model").asText()).isEqualTo("stg_tax");
      assertThat(e.path("column").asText()).isEqualTo("tax_id");
    });
    JsonNode report = FunctionJson.read(stores.artifacts().get(compliance.path("report_key").asText()).orElseThrow(),
        JsonNode.class);
    assertThat(report.path("per_column")).hasSize(2);
  }

  @Test
  void onlyTheModelsTheRunBuiltAreChecked() {
    stores.state().recordRun(run(execution("stg_people", ModelStatus.SUCCESS), execution("stg_tax", ModelStatus.FAILED)));

    JsonNode out = invoke(GovernFunctionRequest.of(GovernFunctionRequest.Step.GOVERN, RUN, snapshot));

    assertThat(out.path("compliance").path("compliant").asBoolean()).isTrue();
    assertThat(out.path("compliance").path("total_classified").asInt()).isEqualTo(1);
  }

  @Test
  void publishWritesTheCatalogSiteUnderThePrefix() {
    stores.state().recordRun(run(execution("stg_people", ModelStatus.SUCCESS), execution("stg_tax", ModelStatus.SUCCESS)));

    JsonNode catalog = invoke(GovernFunctionRequest.of(GovernFunctionRequest.Step.PUBLISH, RUN, snapshot)).path("catalog");

    assertThat(catalog.path("home_key").asText()).isEqualTo(prefix + "index.html");
    assertThat(catalog.path("files").asInt()).isGreaterThan(catalog.path("pages").asInt()).isGreaterThan(3);
    var home = LocalAws.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(prefix + "index.html"));
    assertThat(home.response().contentType()).startsWith("text/html");
    assertThat(home.asUtf8String()).contains(RUN);
    assertThat(LocalAws.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(prefix + "models/index.html")).asUtf8String())
        .contains("stg_people").contains("stg_tax");
    assertThat(LocalAws.s3().getObjectAsBytes(b -> b.bucket(BUCKET).key(prefix + "runs/" + RUN + ".html")).asUtf8String())
        .contains("stg_tax");
  }

  @Test
  void anUnknownRunIsAUserError() {
    assertThatThrownBy(() -> invoke(GovernFunctionRequest.of(GovernFunctionRequest.Step.PUBLISH,
        "run-20990101-000000-000", snapshot)))
        .isInstanceOf(RockyUserError.class).hasMessageStartingWith("RUN_NOT_FOUND");
  }

  private JsonNode invoke(GovernFunctionRequest request) {
    return FunctionJson.read(handler.invoke(FunctionJson.bytes(request), Invocation.local()), JsonNode.class);
  }

  private static RunRecord run(ModelExecution... executions) {
    return RecordedRuns.of(RUN, T0, T0.plusSeconds(5), "arn:aws:states:run", List.of(executions));
  }

  private static ModelExecution execution(String model, ModelStatus status) {
    return RecordedRuns.execution(model, T0, 200, status, status == ModelStatus.SUCCESS ? 3L : null,
        status == ModelStatus.FAILED ? "boom" : null);
  }

  /** Two classified models: an email masked by hash, a tax id no strategy masks. */
  static byte[] project() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("rocky.toml", ProjectZips.rockyToml("people", "[mask]\npii = \"hash\"\n"));
    files.put("models/stg_people.sql", "SELECT 1 AS person_id, 'a@example.com' AS email\n");
    files.put("models/stg_people.toml", ProjectZips.model("stg_people", "[classification]\nemail = \"pii\"\n"));
    files.put("models/stg_tax.sql", "SELECT 1 AS person_id, '123' AS tax_id\n");
    files.put("models/stg_tax.toml", ProjectZips.model("stg_tax", "[classification]\ntax_id = \"tax\"\n"));
    return ProjectZips.of(files);
  }
}
