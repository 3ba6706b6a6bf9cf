package dev.rocky.fn.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class ReplaySchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "replay-request", JsonSchemas.request(ReplayFunctionRequest.class,
        "The input of the replay function: a step (plan, batch, model, model_failed, summary) of a replay of a recorded run."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "replay-response", JsonSchemas.response(ReplayFunctionResponse.class,
        "The output of the replay function: a window of a run's models, a batch, a model's verdict, or the window's."))).isEmpty();
  }
}
