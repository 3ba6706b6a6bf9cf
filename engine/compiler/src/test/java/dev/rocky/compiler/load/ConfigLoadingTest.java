package dev.rocky.compiler.load;

import static dev.rocky.compiler.load.Fixtures.config;
import static dev.rocky.compiler.load.Fixtures.load;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.config.AdapterConfig;
import dev.rocky.core.config.CostSections;
import dev.rocky.core.config.ExecutionConfig;
import dev.rocky.core.config.HooksConfig;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.config.ReplicationPipeline;
import dev.rocky.core.config.RockyConfig;
import dev.rocky.core.config.RuntimeSections;
import dev.rocky.core.config.SnapshotPipeline;
import dev.rocky.core.config.StateConfig;
import dev.rocky.core.config.TransformationPipeline;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rocky.toml that loads: shorthands, aliases, defaults and ${VAR} substitution. */
class ConfigLoadingTest {

  private static RockyConfig configOf(String toml) {
    return configOf(toml, Map.of());
  }

  private static RockyConfig configOf(String toml, Map<String, String> env) {
    LoadResult r = load(config(toml), env);
    assertThat(r.diagnostics()).isEmpty();
    return r.project().config();
  }

  @Test
  void unnamedAdapterAndPipelineAreDefault() {
    RockyConfig c = configOf("""
        [adapter]
        type = "duckdb"

        [pipeline]
        type = "transformation"
        """);
    assertThat(c.adapters()).containsOnlyKeys("default");
    assertThat(c.pipelines()).containsOnlyKeys("default");
    assertThat(c.pipelines().get("default").targetAdapter()).isEqualTo("default");
    assertThat(c.declares("adapter.default.type")).isTrue();
  }

  @Test
  void pluralAliasesAreAccepted() {
    RockyConfig c = configOf("""
        [adapters.wh]
        type = "duckdb"

        [pipelines.p]
        type = "quality"
        tables = [{ catalog = "c", schema = "s" }]

        [roles.reader]
        permissions = ["select"]
        """);
    assertThat(c.adapters()).containsOnlyKeys("wh");
    assertThat(c.pipelines().get("p")).isInstanceOfSatisfying(QualityPipeline.class,
        q -> assertThat(q.tables()).singleElement().satisfies(t -> assertThat(t.table()).isNull()));
    assertThat(c.roles()).containsOnlyKeys("reader");
  }

  @Test
  void appliesRockyDefaults() {
    RockyConfig c = configOf("""
        [adapter.prod]
        type = "databricks"
        host = "h"
        http_path = "/sql"
        token = "t0k3n"

        [pipeline.raw]

        [pipeline.raw.source.schema_pattern]
        prefix = "src__"
        separator = "__"
        components = ["source"]
        """);
    AdapterConfig prod = c.adapters().get("prod");
    assertThat(prod.timeoutSecs()).isEqualTo(120L);
    assertThat(prod.retry().maxRetries()).isEqualTo(3);
    assertThat(prod.retry().backoffMultiplier()).isEqualTo(2.0);
    assertThat(prod.toString()).doesNotContain("t0k3n");
    ReplicationPipeline raw = (ReplicationPipeline) c.pipelines().get("raw");
    assertThat(raw.strategy()).isEqualTo("incremental");
    assertThat(raw.timestampColumn()).isEqualTo("_fivetran_synced");
    assertThat(raw.source().adapter()).isEqualTo("default");
    assertThat(raw.execution().concurrency()).isEqualTo(ExecutionConfig.Concurrency.ADAPTIVE);
    assertThat(raw.execution().errorRateAbortPct()).isEqualTo(50);
    assertThat(raw.checks().anomalyThresholdPct()).isEqualTo(50.0);
    assertThat(c.state().backend()).isEqualTo(StateConfig.Backend.LOCAL);
    assertThat(c.state().s3Prefix()).isEqualTo("rocky/state/");
    assertThat(c.cost().warehouseSize()).isEqualTo("Medium");
    assertThat(c.budget().onBreach()).isEqualTo(CostSections.OnBreach.WARN);
    assertThat(c.resilience().maxRetriesPerRun()).isEqualTo(8);
    assertThat(c.cache().schemas().ttlSeconds()).isEqualTo(86400L);
    assertThat(c.schedule().timezone()).isEqualTo("UTC");
    assertThat(c.branch().approval().minApprovers()).isEqualTo(1);
    assertThat(c.ai().maxTokens()).isEqualTo(4096);
    assertThat(c.declares("state.backend")).isFalse();
  }

  @Test
  void theAiSectionBindsItsKeysAndDefaultsTheModelToTheProvider() {
    RockyConfig c = configOf("""
        [ai]
        provider = "bedrock"
        max_tokens = 1000
        timeout_seconds = 30
        max_retries = 1
        endpoint = "http://127.0.0.1:9"
        region = "eu-west-1"
        """);
    assertThat(c.ai().provider()).isEqualTo("bedrock");
    assertThat(c.ai().model()).startsWith("anthropic.claude");
    assertThat(c.ai().maxTokens()).isEqualTo(1000);
    assertThat(c.ai().timeoutSeconds()).isEqualTo(30);
    assertThat(c.ai().maxRetries()).isEqualTo(1);
    assertThat(c.ai().endpoint()).isEqualTo("http://127.0.0.1:9");
    assertThat(c.ai().region()).isEqualTo("eu-west-1");
    RockyConfig d = configOf("");
    assertThat(d.ai().provider()).isEqualTo("anthropic");
    assertThat(d.ai().model()).isEqualTo("claude-sonnet-4-5");
  }

  @Test
  void transformationModelsGlobDefaultsToModels() {
    TransformationPipeline t = (TransformationPipeline) configOf("""
        [pipeline.t]
        type = "transformation"
        """).pipelines().get("t");
    assertThat(t.models()).isEqualTo("models/**");
    assertThat(t.modelsDir()).isEqualTo("models");
  }

  @Test
  void snapshotAndHooks() {
    RockyConfig c = configOf("""
        [pipeline.hist]
        type = "snapshot"
        unique_key = ["id"]
        updated_at = "updated_at"
        source = { adapter = "wh", catalog = "c", schema = "s", table = "t" }
        target = { adapter = "wh", catalog = "c", schema = "h", table = "t_history" }

        [[hook.on_model_error]]
        command = "notify.sh"

        [hook.on_not_an_event]
        command = "ignored"

        [hook.webhooks.on_pipeline_complete]
        preset = "slack"
        url = "https://hooks.example/x"
        """);
    SnapshotPipeline s = (SnapshotPipeline) c.pipelines().get("hist");
    assertThat(s.target().qualifiedName()).isEqualTo("c.h.t_history");
    assertThat(s.invalidateHardDeletes()).isFalse();
    assertThat(c.hooks().shell()).containsOnlyKeys("on_model_error");
    assertThat(c.hooks().shell().get("on_model_error")).singleElement().satisfies(h -> {
      assertThat(h.timeoutMs()).isEqualTo(30000L);
      assertThat(h.onFailure()).isEqualTo(HooksConfig.OnFailure.WARN);
    });
    assertThat(c.hooks().webhooks().get("on_pipeline_complete")).singleElement()
        .satisfies(w -> assertThat(w.method()).isEqualTo("POST"));
  }

  @Test
  void substitutesVariablesWithDefaultsAndEmptyValues() {
    String toml = """
        [adapter.local]
        type = "duckdb"
        path = "${DB_PATH:-fallback.duckdb}"
        # a comment may mention ${NOT_SET} freely

        [adapter.prod]
        type = "databricks"
        host = "${HOST}"
        http_path = "${HTTP_PATH:-/sql/default}"
        token = "${TOKEN}"
        """;
    RockyConfig unset = configOf(toml, Map.of("HOST", "h.example", "TOKEN", ""));
    assertThat(unset.adapters().get("local").path()).isEqualTo("fallback.duckdb");
    assertThat(unset.adapters().get("prod").host()).isEqualTo("h.example");
    assertThat(unset.adapters().get("prod").token()).isEmpty();

    RockyConfig set = configOf(toml, Map.of("DB_PATH", "", "HOST", "h", "TOKEN", "t", "HTTP_PATH", "/sql/1"));
    assertThat(set.adapters().get("local").path()).as("empty value takes the default").isEqualTo("fallback.duckdb");
    assertThat(set.adapters().get("prod").httpPath()).isEqualTo("/sql/1");
  }

  @Test
  void recordsWhichKeysTheFileWrites() {
    RockyConfig c = configOf("""
        [state]
        backend = "local"
        """);
    assertThat(c.declares("state.backend")).isTrue();
    assertThat(c.declares("state.s3_prefix")).isFalse();
  }

  @Test
  void replayRecordsEverythingUnlessTheProjectSaysOtherwise() {
    assertThat(configOf("").replay().record()).isEqualTo(RuntimeSections.Replay.Record.FULL);
    assertThat(configOf("""
        [replay]
        record = "hashes"
        """).replay().record()).isEqualTo(RuntimeSections.Replay.Record.HASHES);
    assertThat(configOf("""
        [replay]
        record = "off"
        """).replay().record()).isEqualTo(RuntimeSections.Replay.Record.OFF);
  }

  @Test
  void integersAreAcceptedWhereNumbersAreExpected() {
    RockyConfig c = configOf("""
        [budget]
        max_usd = 5
        """);
    assertThat(c.budget().maxUsd()).isEqualTo(5.0);
  }

  @Test
  void adapterExtraPassesAnyKeysThrough() {
    AdapterConfig a = configOf("""
        [adapter.sf]
        type = "snowflake"
        account = "xy12345"

        [adapter.sf.extra]
        schema = "PUBLIC"
        query_tag = { team = "data" }

        [adapter.sf.retry]
        max_retries = 0
        """).adapters().get("sf");
    assertThat(a.extra()).containsEntry("schema", "PUBLIC").containsKey("query_tag");
    assertThat(a.retry().maxRetries()).isZero();
    assertThat(a.retry().initialBackoffMs()).isEqualTo(1000L);
  }
}
