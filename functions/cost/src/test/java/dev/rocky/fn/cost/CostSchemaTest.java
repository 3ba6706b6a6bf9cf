package dev.rocky.fn.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class CostSchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "cost-request", JsonSchemas.request(CostFunctionRequest.class,
        "The input of the cost function: a finished run and the project snapshot it compiled."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "cost-response", JsonSchemas.response(CostFunctionResponse.class,
        "The output of the cost function: what the run cost, its budget breaches, the attribution's key."))).isEmpty();
  }
}
