package dev.rocky.fn.execute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class ExecuteSchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "execute-request", JsonSchemas.request(ExecuteModelRequest.class,
        "The input of the execute function: one model of one run, from a stored plan."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "execute-response", JsonSchemas.response(ExecuteModelResponse.class,
        "The output of the execute function: how the model's execution ended."))).isEmpty();
  }
}
