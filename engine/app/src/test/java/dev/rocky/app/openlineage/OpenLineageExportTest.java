package dev.rocky.app.openlineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rocky.compiler.CompileOptions;
import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.Compiler;
import dev.rocky.core.port.CacheStore;
import dev.rocky.testkit.TestProjects;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenLineageExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  private static CompileResult compile(String project) {
    CompileOptions options = new CompileOptions("rocky.toml", null, null, Map.of(), List.of(), false, Map.of(), 2);
    return new Compiler(CacheStore.NONE, null).compile(TestProjects.open(project), options);
  }

  private static List<JsonNode> export(String project) throws Exception {
    CompileResult result = compile(project);
    OpenLineageExport export = new OpenLineageExport(result, OpenLineageNaming.of(result.project(), null, null),
        OpenLineageExport.PRODUCER, AT);
    List<JsonNode> out = new ArrayList<>();
    for (String line : OpenLineageJson.ndjson(export.events()).split("\n")) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  /** Every event, and every facet in it, against the schema its own URL names. */
  private static List<String> problems(JsonNode event) {
    List<String> out = new ArrayList<>(OpenLineageSchemas.validate(OpenLineage.SPEC, event));
    out.addAll(OpenLineageSchemas.validate(event.path("schemaURL").asText(), event));
    List<JsonNode> facetHolders = new ArrayList<>();
    facetHolders.add(event.path("job").path("facets"));
    event.path("inputs").forEach(d -> facetHolders.add(d.path("facets")));
    event.path("outputs").forEach(d -> facetHolders.add(d.path("facets")));
    for (JsonNode facets : facetHolders) {
      facets.properties().forEach(f -> {
        String url = f.getValue().path("_schemaURL").asText();
        if (!OpenLineageSchemas.knows(url)) {
          out.add("facet " + f.getKey() + " names a schema that is not vendored: " + url);
        } else {
          OpenLineageSchemas.validate(url, f.getValue()).forEach(m -> out.add(f.getKey() + ": " + m));
        }
      });
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {TestProjects.LINEAGE, TestProjects.TYPED, TestProjects.SHOP})
  void everyEventAndFacetValidatesAgainstTheVendoredSpec(String project) throws Exception {
    List<JsonNode> events = export(project);
    assertThat(events).hasSize(compile(project).analyses().size());
    for (JsonNode e : events) {
      assertThat(problems(e)).as(e.path("job").path("name").asText()).isEmpty();
    }
  }

  @Test
  void theValidatorRejectsWhatTheSpecForbids() throws Exception {
    JsonNode good = export(TestProjects.LINEAGE).get(0);
    ObjectNode noProducer = good.deepCopy();
    ((ObjectNode) noProducer.path("outputs").get(0).path("facets").path("columnLineage")).remove("_producer");
    assertThat(problems(noProducer)).isNotEmpty();
    ObjectNode noField = good.deepCopy();
    JsonNode fields = noField.path("outputs").get(0).path("facets").path("columnLineage").path("fields");
    ((ObjectNode) fields.elements().next().path("inputFields").get(0)).remove("field");
    assertThat(problems(noField)).isNotEmpty();
    ObjectNode withRun = good.deepCopy();
    withRun.putObject("run").put("runId", "3f5e83fa-3480-44ff-99c5-ff943904e5e8");
    assertThat(OpenLineageSchemas.validate(OpenLineage.JOB_EVENT_SCHEMA, withRun)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {TestProjects.LINEAGE, TestProjects.TYPED, TestProjects.SHOP})
  void eventsHandedOverOneByOnePrintAsTheWholeListDoes(String project) {
    CompileResult result = compile(project);
    OpenLineageExport export = new OpenLineageExport(result, OpenLineageNaming.of(result.project(), null, null),
        OpenLineageExport.PRODUCER, AT);
    StringWriter streamed = new StringWriter();
    List<String> jobs = new ArrayList<>();
    export.forEach(export.modelNames(), e -> {
      jobs.add(e.job().name());
      OpenLineageJson.writeLine(streamed, e);
    });
    StringBuilder whole = new StringBuilder();
    for (OpenLineage.JobEvent e : export.events()) {
      whole.append(OpenLineageJson.write(e)).append('\n');
    }
    assertThat(jobs).isNotEmpty().isEqualTo(export.modelNames());
    assertThat(streamed.toString()).isEqualTo(whole.toString()).isEqualTo(OpenLineageJson.ndjson(export.events()));
  }

  @Test
  void oneJobPerModelWithItsTargetAsOutputAndItsReadsAsInputs() throws Exception {
    JsonNode e = export(TestProjects.LINEAGE).stream()
        .filter(x -> x.path("job").path("name").asText().equals("int_money_moves")).findFirst().orElseThrow();
    assertThat(e.path("eventTime").asText()).isEqualTo("2026-01-02T03:04:05Z");
    assertThat(e.path("producer").asText()).startsWith("urn:dev.rocky:rocky-jvm:");
    assertThat(e.path("job").path("namespace").asText()).isEqualTo("lineage");
    assertThat(e.path("job").path("facets").path("sql").path("query").asText()).contains("UNION ALL");
    assertThat(e.path("job").path("facets").path("jobType").path("integration").asText()).isEqualTo("ROCKY");
    assertThat(e.path("inputs")).extracting(d -> d.path("name").asText())
        .containsExactly("int_events_ranked", "stg_refunds");
    JsonNode out = e.path("outputs").get(0);
    assertThat(out.path("namespace").asText()).isEqualTo("duckdb://lineage.duckdb");
    assertThat(out.path("name").asText()).isEqualTo("int_money_moves");
    assertThat(out.path("facets").path("schema").path("fields")).extracting(f -> f.path("name").asText())
        .containsExactly("user_id", "value", "origin");
    JsonNode value = out.path("facets").path("columnLineage").path("fields").path("value").path("inputFields");
    assertThat(value).extracting(f -> f.path("name").asText() + "." + f.path("field").asText(),
            f -> f.path("transformations").get(0).path("type").asText() + "/" + f.path("transformations").get(0).path("subtype").asText())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("int_events_ranked.running_amount", "DIRECT/IDENTITY"),
            org.assertj.core.groups.Tuple.tuple("stg_refunds.amount", "DIRECT/TRANSFORMATION"));
    assertThat(out.path("facets").path("columnLineage").path("fields").path("origin").path("inputFields")).isEmpty();
  }

  @Test
  void mapsEveryTransformKindToTheSpecsTypesAndSubtypes() throws Exception {
    List<String> seen = new ArrayList<>();
    for (JsonNode e : export(TestProjects.TYPED)) {
      e.path("outputs").get(0).path("facets").path("columnLineage").path("fields").forEach(field ->
          field.path("inputFields").forEach(in -> in.path("transformations").forEach(t -> {
            String key = t.path("type").asText() + "/" + t.path("subtype").asText();
            if (!seen.contains(key)) {
              seen.add(key);
            }
          })));
    }
    assertThat(seen).containsExactlyInAnyOrder("DIRECT/IDENTITY", "DIRECT/TRANSFORMATION", "DIRECT/AGGREGATION",
        "INDIRECT/FILTER", "INDIRECT/JOIN", "INDIRECT/GROUP_BY", "INDIRECT/WINDOW", "INDIRECT/SORT");
  }

  @Test
  void unresolvedLineageIsSaidInOurFacetNotLeftLookingEmpty() throws Exception {
    JsonNode e = export(TestProjects.LINEAGE).stream()
        .filter(x -> x.path("job").path("name").asText().equals("stg_clicks")).findFirst().orElseThrow();
    JsonNode facet = e.path("outputs").get(0).path("facets").path(OpenLineage.UNRESOLVED_FACET_NAME);
    assertThat(facet.path("columns").path("*").asText()).isEqualTo("the schema of `ext.clicks` is unknown");
    assertThat(e.path("inputs").get(0).path("name").asText()).isEqualTo("ext.clicks");
    assertThat(e.path("inputs").get(0).path("facets").size()).as("no schema is known for ext.clicks").isZero();
  }

  @Test
  void namespacesFollowTheAdapterOrTheOverrides() {
    CompileResult shop = compile(TestProjects.SHOP);
    assertThat(OpenLineageNaming.of(shop.project(), null, null))
        .isEqualTo(new OpenLineageNaming("shop", "duckdb://shop.duckdb"));
    assertThat(OpenLineageNaming.of(shop.project(), "prod", "snowflake://acme-main"))
        .isEqualTo(new OpenLineageNaming("prod", "snowflake://acme-main"));
  }
}
