package dev.rocky.fn.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in schema of the run workflow's execution input matches the record (rewrite with -Dschema.update=true). */
class ApiSchemaTest {

  @Test
  void theExecutionInputSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "run-execution-input", JsonSchemas.response(ExecutionInput.class,
        "The input of a run workflow execution that POST /runs starts: the run id, the deployed project snapshot,"
            + " and what the request asked for."))).isEmpty();
  }
}
