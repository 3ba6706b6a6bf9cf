package dev.rocky.app.openlineage;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;

/** TEST-ONLY: the vendored OpenLineage schemas (see resources/openlineage/README.md), resolved offline. */
final class OpenLineageSchemas {
  private static final Map<String, String> FILES = Map.of(
      "https://openlineage.io/spec/2-0-2/OpenLineage.json", "OpenLineage-2-0-2.json",
      "https://openlineage.io/spec/facets/1-1-1/SchemaDatasetFacet.json", "SchemaDatasetFacet-1-1-1.json",
      "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json", "ColumnLineageDatasetFacet-1-2-0.json",
      "https://openlineage.io/spec/facets/1-1-0/SQLJobFacet.json", "SQLJobFacet-1-1-0.json",
      "https://openlineage.io/spec/facets/2-0-3/JobTypeJobFacet.json", "JobTypeJobFacet-2-0-3.json",
      "urn:dev.rocky:openlineage:facets:1-0-0:RockyUnresolvedColumnsDatasetFacet",
      "RockyUnresolvedColumnsDatasetFacet-1-0-0.json");

  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mappings(uri -> FILES.containsKey(uri) ? "classpath:openlineage/" + FILES.get(uri) : uri)));
  private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private OpenLineageSchemas() {}

  /** Validates {@code node} against a schema URL, fragment included (e.g. {@code ...json#/$defs/JobEvent}). */
  static List<String> validate(String schemaUrl, JsonNode node) {
    JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(schemaUrl), CONFIG);
    return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
  }

  /** Whether every vendored file is known (the mapping would otherwise fall back to the network). */
  static boolean knows(String schemaUrl) {
    int hash = schemaUrl.indexOf('#');
    return FILES.containsKey(hash < 0 ? schemaUrl : schemaUrl.substring(0, hash));
  }
}
