package dev.rocky.fn.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.fn.support.schema.JsonSchemas;
import dev.rocky.fn.support.schema.SchemaFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The checked-in JSON Schemas of the payloads match the records (rewrite with -Dschema.update=true). */
class CompileSchemaTest {

  @Test
  void theRequestSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "compile-request",
        JsonSchemas.request(CompileRequest.class, "The input of the compile function: a project snapshot in S3."))).isEmpty();
  }

  @Test
  void theResponseSchemaHasNotDrifted() {
    assertThat(SchemaFiles.drift(Path.of(""), "compile-response",
        JsonSchemas.response(CompileResponse.class, "The output of the compile function: counts and artifact keys."))).isEmpty();
  }
}
