package dev.rocky.app.openlineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OpenLineage documents we write, field names exactly as the spec spells them. Facets carry
 * {@code _producer} and {@code _schemaURL} (the spec's {@code BaseFacet}).
 */
public interface OpenLineage {
  String SPEC = "https://openlineage.io/spec/2-0-2/OpenLineage.json";
  String JOB_EVENT_SCHEMA = SPEC + "#/$defs/JobEvent";
  String SCHEMA_FACET = "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet";
  String COLUMN_LINEAGE_FACET =
      "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";
  String SQL_FACET = "https://openlineage.io/spec/facets/1-1-0/SQLJobFacet.json#/$defs/SQLJobFacet";
  String JOB_TYPE_FACET = "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json#/$defs/JobTypeJobFacet";
  /** Our custom facet (custom facet names carry a prefix: {@code rocky_}). */
  String UNRESOLVED_FACET_NAME = "rocky_unresolvedColumns";
  String UNRESOLVED_FACET = "urn:dev.rocky:openlineage:facets:1-0-0:RockyUnresolvedColumnsDatasetFacet";

  /** A static event describing a job's inputs and outputs, without a run (spec 2-0-x). */
  @JsonPropertyOrder({"eventTime", "producer", "schemaURL", "job", "inputs", "outputs"})
  record JobEvent(
      @JsonProperty("eventTime") String eventTime,
      @JsonProperty("producer") String producer,
      @JsonProperty("schemaURL") String schemaUrl,
      @JsonProperty("job") Job job,
      @JsonProperty("inputs") List<Dataset> inputs,
      @JsonProperty("outputs") List<Dataset> outputs) {}

  @JsonPropertyOrder({"namespace", "name", "facets"})
  record Job(
      @JsonProperty("namespace") String namespace,
      @JsonProperty("name") String name,
      @JsonProperty("facets") Map<String, Object> facets) {}

  @JsonPropertyOrder({"namespace", "name", "facets"})
  record Dataset(
      @JsonProperty("namespace") String namespace,
      @JsonProperty("name") String name,
      @JsonProperty("facets") Map<String, Object> facets) {}

  @JsonPropertyOrder({"_producer", "_schemaURL", "fields"})
  record SchemaFacet(
      @JsonProperty("_producer") String producer,
      @JsonProperty("_schemaURL") String schemaUrl,
      @JsonProperty("fields") List<SchemaField> fields) {}

  /** A field of the schema facet; {@code type} is left out when unknown. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "type"})
  record SchemaField(@JsonProperty("name") String name, @JsonProperty("type") @Nullable String type) {}

  @JsonPropertyOrder({"_producer", "_schemaURL", "fields"})
  record ColumnLineageFacet(
      @JsonProperty("_producer") String producer,
      @JsonProperty("_schemaURL") String schemaUrl,
      @JsonProperty("fields") Map<String, FieldLineage> fields) {}

  record FieldLineage(@JsonProperty("inputFields") List<InputField> inputFields) {}

  @JsonPropertyOrder({"namespace", "name", "field", "transformations"})
  record InputField(
      @JsonProperty("namespace") String namespace,
      @JsonProperty("name") String name,
      @JsonProperty("field") String field,
      @JsonProperty("transformations") List<Transformation> transformations) {}

  /** {@code type} DIRECT or INDIRECT; {@code subtype} as the spec's docs list them; {@code description} Rocky's transform. */
  @JsonPropertyOrder({"type", "subtype", "description", "masking"})
  record Transformation(
      @JsonProperty("type") String type,
      @JsonProperty("subtype") String subtype,
      @JsonProperty("description") String description,
      @JsonProperty("masking") boolean masking) {}

  @JsonPropertyOrder({"_producer", "_schemaURL", "query"})
  record SqlFacet(
      @JsonProperty("_producer") String producer,
      @JsonProperty("_schemaURL") String schemaUrl,
      @JsonProperty("query") String query) {}

  @JsonPropertyOrder({"_producer", "_schemaURL", "processingType", "integration", "jobType"})
  record JobTypeFacet(
      @JsonProperty("_producer") String producer,
      @JsonProperty("_schemaURL") String schemaUrl,
      @JsonProperty("processingType") String processingType,
      @JsonProperty("integration") String integration,
      @JsonProperty("jobType") String jobType) {}

  /** Columns whose lineage the compiler could not resolve, with the reason ({@code *}: a star it could not expand). */
  @JsonPropertyOrder({"_producer", "_schemaURL", "columns"})
  record UnresolvedColumnsFacet(
      @JsonProperty("_producer") String producer,
      @JsonProperty("_schemaURL") String schemaUrl,
      @JsonProperty("columns") Map<String, String> columns) {}
}
