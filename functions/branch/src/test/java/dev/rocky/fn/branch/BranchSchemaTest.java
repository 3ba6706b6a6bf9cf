package dev.rocky.fn.branch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class BranchSchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "branch-request", JsonSchemas.request(BranchFunctionRequest.class,
        "The input of the branch function: a step (plan, promote) of a branch's promotion, with the project snapshot."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "branch-response", JsonSchemas.response(BranchFunctionResponse.class,
        "The output of the branch function: whether the gates pass, and what was promoted."))).isEmpty();
  }
}
