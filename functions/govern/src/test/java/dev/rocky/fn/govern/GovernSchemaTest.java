package dev.rocky.fn.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class GovernSchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "govern-request", JsonSchemas.request(GovernFunctionRequest.class,
        "The input of the govern function: a step (govern, publish) for a finished run and its project snapshot."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "govern-response", JsonSchemas.response(GovernFunctionResponse.class,
        "The output of the govern function: the run's compliance, or where the catalog site was written."))).isEmpty();
  }
}
