package dev.rocky.cli.replication;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.adapter.duckdb.DuckDbAdapter;
import dev.rocky.cli.CliRun;
import dev.rocky.cli.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replication pipeline end to end through the CLI on a DuckDB file: two source schemas matching
 * the pattern copied to their templated schemas; a second run copying only the 25 newer rows; a
 * column added at the source added at the target and reported as drift; a type change that cannot
 * widen rebuilding the table.
 */
class ReplicationE2ETest {
  private static final String TOML = """
      [adapter.default]
      type = "duckdb"
      path = "warehouse.duckdb"

      [pipeline.bronze]
      type = "replication"
      strategy = "incremental"
      timestamp_column = "_synced"
      metadata_columns = [{ name = "_loaded_by", type = "VARCHAR", value = "'rocky'" }]

      [pipeline.bronze.source]
      adapter = "default"

      [pipeline.bronze.source.schema_pattern]
      prefix = "src__"
      separator = "__"
      components = ["tenant", "source"]

      [pipeline.bronze.target]
      adapter = "default"
      catalog_template = "warehouse"
      schema_template = "staging__{tenant}__{source}"

      [pipeline.bronze.execution]
      concurrency = 2
      """;

  @TempDir Path project;

  @BeforeEach
  void seed() throws IOException {
    Files.writeString(project.resolve("rocky.toml"), TOML);
    sql(db -> {
      db.execute("CREATE SCHEMA src__acme__shopify");
      db.execute("CREATE SCHEMA src__globex__stripe");
      db.execute("CREATE SCHEMA unrelated");
      db.execute("CREATE TABLE src__acme__shopify.orders AS SELECT i AS id, 'open' AS status, "
          + "TIMESTAMP '2026-01-01 00:00:00' + to_minutes(i) AS _synced FROM range(100) t(i)");
      db.execute("CREATE TABLE src__acme__shopify.customers AS SELECT i AS id, 'c' || i AS name, "
          + "TIMESTAMP '2026-01-01 00:00:00' AS _synced FROM range(20) t(i)");
      db.execute("CREATE TABLE src__globex__stripe.charges AS SELECT i AS id, CAST(i AS VARCHAR) AS status, "
          + "TIMESTAMP '2026-01-02 00:00:00' + to_seconds(i) AS _synced FROM range(30) t(i)");
      db.execute("CREATE TABLE unrelated.ignored AS SELECT 1 AS id");
    });
  }

  @Test
  void copiesIncrementallyHandlesDriftAndRebuilds() {
    JsonNode discovered = json(0, "discover");
    assertThat(discovered.path("sources")).hasSize(2);
    assertThat(texts(discovered.path("sources"), "schema")).containsExactly("src__acme__shopify", "src__globex__stripe");
    assertThat(discovered.path("sources").get(0).path("components").path("tenant").get(0).asText()).isEqualTo("acme");
    assertThat(texts(discovered.path("sources").get(0).path("tables"), "target"))
        .containsExactly("staging__acme__shopify.customers", "staging__acme__shopify.orders");
    assertThat(count("unrelated.ignored")).isEqualTo(1);

    JsonNode first = json(0, "run");
    assertThat(first.path("status").asText()).isEqualTo("Success");
    assertThat(first.path("pipeline_type").asText()).isEqualTo("replication");
    assertThat(first.path("tables_copied").asInt()).isEqualTo(3);
    assertThat(count("staging__acme__shopify.orders")).isEqualTo(100);
    assertThat(count("staging__acme__shopify.customers")).isEqualTo(20);
    assertThat(count("staging__globex__stripe.charges")).isEqualTo(30);
    assertThat(scalar("SELECT DISTINCT _loaded_by FROM staging__acme__shopify.orders")).isEqualTo("rocky");
    assertThat(materialization(first, "orders").path("asset_key").toString()).isEqualTo("[\"duckdb\",\"acme\",\"shopify\",\"orders\"]");

    sql(db -> db.execute("INSERT INTO src__acme__shopify.orders SELECT 1000 + i, 'new', "
        + "TIMESTAMP '2026-02-01 00:00:00' + to_minutes(i) FROM range(25) t(i)"));
    JsonNode second = json(0, "run");
    assertThat(materialization(second, "orders").path("rows_copied").asLong()).isEqualTo(25);
    assertThat(materialization(second, "customers").path("rows_copied").asLong()).isZero();
    assertThat(materialization(second, "orders").path("metadata").path("watermark").asText()).isEqualTo("2026-02-01T00:24:00Z");
    assertThat(count("staging__acme__shopify.orders")).isEqualTo(125);
    assertThat(second.path("drift").path("actions_taken")).isEmpty();

    sql(db -> {
      db.execute("ALTER TABLE src__acme__shopify.orders ADD COLUMN coupon VARCHAR");
      db.execute("INSERT INTO src__acme__shopify.orders VALUES (5000, 'new', TIMESTAMP '2026-03-01 00:00:00', 'SAVE10')");
    });
    JsonNode third = json(0, "run");
    JsonNode actions = third.path("drift").path("actions_taken");
    assertThat(actions).hasSize(1);
    assertThat(actions.get(0).path("table").asText()).isEqualTo("staging__acme__shopify.orders");
    assertThat(actions.get(0).path("action").asText()).isEqualTo("add_columns");
    assertThat(third.path("drift").path("tables_drifted").asInt()).isEqualTo(1);
    assertThat(scalar("SELECT coupon FROM staging__acme__shopify.orders WHERE id = 5000")).isEqualTo("SAVE10");
    assertThat(count("staging__acme__shopify.orders")).isEqualTo(126);

    sql(db -> db.execute("CREATE OR REPLACE TABLE src__globex__stripe.charges AS SELECT i AS id, i * 10 AS status, "
        + "TIMESTAMP '2026-01-02 00:00:00' + to_seconds(i) AS _synced FROM range(40) t(i)"));
    JsonNode fourth = json(0, "run");
    JsonNode rebuilt = fourth.path("drift").path("actions_taken").get(0);
    assertThat(rebuilt.path("action").asText()).isEqualTo("drop_and_recreate");
    assertThat(rebuilt.path("reason").asText()).isEqualTo("column 'status' changed STRING -> INT64");
    assertThat(count("staging__globex__stripe.charges")).isEqualTo(40);
    assertThat(scalar("SELECT data_type FROM information_schema.columns WHERE table_schema = 'staging__globex__stripe' "
        + "AND table_name = 'charges' AND column_name = 'status'")).isEqualTo("BIGINT");
    assertThat(materialization(fourth, "charges").path("metadata").path("watermark").asText()).isEqualTo("2026-01-02T00:00:39Z");
  }

  @Test
  void filterCopiesOnlyTheMatchingSourcesAndAnUnknownKeyIsACodedError() {
    JsonNode filtered = json(0, "run", "--filter", "tenant=globex");
    assertThat(filtered.path("filter").asText()).isEqualTo("tenant=globex");
    assertThat(texts(filtered.path("materializations"), "metadata", "target_table_full_name"))
        .containsExactly("staging__globex__stripe.charges");

    CliRun bad = CliRun.run(project, "run", "--filter", "client=acme");
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.err()).contains("error[replication_invalid_filter]").contains("'client' is not a component")
        .doesNotContain("at dev.rocky");
  }

  @Test
  void theRunOutputIsOneEnvelopeWithEachFieldOnce() {
    CliRun run = CliRun.run(project, "run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String field : List.of("\"version\"", "\"command\"", "\"status\"", "\"excluded_tables\"")) {
      assertThat(run.out().split(java.util.regex.Pattern.quote(field + " :"), -1).length - 1 
          + run.out().split(java.util.regex.Pattern.quote(field + ":"), -1).length - 1).as(field).isEqualTo(1);
    }
  }

  @Test
  void tableOutputListsTheCopiesAndSummary() {
    CliRun run = CliRun.run(project, "-o", "table", "run");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("staging__acme__shopify.orders").contains("incremental")
        .contains("Success: replication pipeline bronze copied 3 table(s), 0 failed, 0 skipped");
    CliRun discover = CliRun.run(project, "-o", "table", "discover");
    assertThat(discover.out()).contains("src__globex__stripe").contains("pipeline bronze: 2 source(s), 3 table(s) to copy");
  }

  @Test
  void aManualSourceListsTheTablesDeclaredInRockyToml() throws IOException {
    Files.writeString(project.resolve("rocky.toml"), TOML.replace("[pipeline.bronze.source]\nadapter = \"default\"\n",
        "[pipeline.bronze.source]\nadapter = \"default\"\ndiscovery = { adapter = \"declared\" }\n") + """

        [adapter.declared]
        type = "manual"
        kind = "discovery"

        [[adapter.declared.schemas]]
        name = "src__acme__shopify"
        tables = ["orders"]
        """);
    assertThat(CliRun.run(project, "validate").exitCode()).isZero();
    JsonNode discovered = json(0, "discover");
    assertThat(texts(discovered.path("sources"), "source_type")).containsExactly("manual");
    JsonNode run = json(0, "run");
    assertThat(texts(run.path("materializations"), "metadata", "target_table_full_name"))
        .containsExactly("staging__acme__shopify.orders");
    assertThat(run.path("materializations").get(0).path("asset_key").get(0).asText()).isEqualTo("manual");
  }

  @Test
  void theProjectsPipelineAndDriftHooksReceiveTheirEventsOnStdin() throws IOException {
    Files.writeString(project.resolve("rocky.toml"), TOML + """

        [[hook.on_drift_detected]]
        command = "cat >> drift-events.jsonl"
        on_failure = "abort"

        [[hook.on_pipeline_start]]
        command = "cat >> pipeline-events.jsonl; echo >> pipeline-events.jsonl"

        [[hook.on_pipeline_complete]]
        command = "cat >> pipeline-events.jsonl; echo >> pipeline-events.jsonl"
        """);
    json(0, "run");
    assertThat(project.resolve("drift-events.jsonl")).doesNotExist();
    List<String> pipeline = Files.readAllLines(project.resolve("pipeline-events.jsonl"));
    assertThat(pipeline).hasSize(2);
    assertThat(Json.mapper().readTree(pipeline.get(0)).path("metadata").path("tables").asInt()).isEqualTo(3);
    JsonNode complete = Json.mapper().readTree(pipeline.get(1));
    assertThat(complete.path("event").asText()).isEqualTo("on_pipeline_complete");
    assertThat(complete.path("metadata").path("tables_copied").asInt()).isEqualTo(3);
    sql(db -> db.execute("ALTER TABLE src__acme__shopify.orders ADD COLUMN coupon VARCHAR"));
    json(0, "run");
    List<String> lines = Files.readAllLines(project.resolve("drift-events.jsonl"));
    assertThat(lines).hasSize(1);
    JsonNode event = Json.mapper().readTree(lines.get(0));
    assertThat(event.path("event").asText()).isEqualTo("on_drift_detected");
    assertThat(event.path("pipeline").asText()).isEqualTo("bronze");
    assertThat(event.path("metadata").path("actions_taken").get(0).path("action").asText()).isEqualTo("add_columns");
  }

  private JsonNode json(int exit, String... args) {
    CliRun run = CliRun.run(project, args);
    assertThat(run.exitCode()).as("exit of %s; stderr: %s; stdout: %s", List.of(args), run.err(), run.out()).isEqualTo(exit);
    try {
      return Json.mapper().readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + run.out(), e);
    }
  }

  private static JsonNode materialization(JsonNode output, String table) {
    for (JsonNode m : output.path("materializations")) {
      if (m.path("metadata").path("target_table_full_name").asText().endsWith("." + table)) {
        return m;
      }
    }
    throw new AssertionError("no materialization of " + table + " in " + output);
  }

  private static List<String> texts(JsonNode array, String... path) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      JsonNode n = item;
      for (String p : path) {
        n = n.path(p);
      }
      out.add(n.asText());
    }
    return out;
  }

  private void sql(Consumer<DuckDbAdapter> work) {
    try (DuckDbAdapter db = DuckDbAdapter.open(project.resolve("warehouse.duckdb"))) {
      work.accept(db);
    }
  }

  private long count(String table) {
    return ((Number) scalar("SELECT count(*) FROM " + table)).longValue();
  }

  private Object scalar(String query) {
    Object[] value = new Object[1];
    sql(db -> value[0] = db.query(query).single());
    return value[0];
  }
}
