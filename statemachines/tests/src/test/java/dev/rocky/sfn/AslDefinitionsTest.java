package dev.rocky.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rocky.fn.support.FunctionJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every definition under {@code statemachines/} is valid ASL that the interpreter can run, and documented. */
class AslDefinitionsTest {
  private static final Set<String> TRANSIENT = Set.of("dev.rocky.fn.RockyTransientError", "Lambda.ServiceException",
      "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException",
      "StepFunctions.ExecutionLimitExceeded", "StepFunctions.SdkClientException", "StepFunctions.AWSStepFunctionsException");
  private static List<Path> definitions;
  private static String readme;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> files = Files.list(Harness.statemachines())) {
      definitions = files.filter(f -> f.getFileName().toString().endsWith(".asl.json")).sorted().toList();
    }
    readme = Files.readString(Harness.statemachines().resolve("README.md"));
  }

  private static JsonNode json(Path file) {
    try {
      return FunctionJson.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aslValidatorAcceptsEveryDefinitionAndNoneUsesWhatTheInterpreterCannotRun() {
    assertThat(definitions).extracting(p -> p.getFileName().toString())
        .contains("run.asl.json", "run-segment.asl.json", "branch-promote.asl.json", "replay.asl.json");

    JsonNode verdicts = Harness.validate(definitions);

    assertThat(verdicts).hasSize(definitions.size());
    for (JsonNode v : verdicts) {
      assertThat(v.path("valid").asBoolean()).as(v.path("file").asText() + ": " + v.path("errors")).isTrue();
    }
  }

  @Test
  void theValidatorRefusesABrokenDefinitionAndADistributedMap() throws IOException {
    Path dir = Files.createTempDirectory("asl");
    Path broken = Files.writeString(dir.resolve("broken.asl.json"),
        "{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"${F}\",\"Next\":\"Nowhere\"}}}");
    Path distributed = Files.writeString(dir.resolve("distributed.asl.json"), "{\"StartAt\":\"M\",\"States\":{\"M\":{"
        + "\"Type\":\"Map\",\"ItemReader\":{\"Resource\":\"arn:aws:states:::s3:listObjectsV2\",\"Parameters\":{\"Bucket\":\"b\"}},"
        + "\"ItemProcessor\":{\"ProcessorConfig\":{\"Mode\":\"DISTRIBUTED\",\"ExecutionType\":\"STANDARD\"},"
        + "\"StartAt\":\"P\",\"States\":{\"P\":{\"Type\":\"Pass\",\"End\":true}}},\"End\":true}}}");

    JsonNode verdicts = Harness.validate(List.of(broken, distributed));

    assertThat(verdicts.get(0).path("valid").asBoolean()).isFalse();
    assertThat(verdicts.get(1).path("valid").asBoolean()).isFalse();
    assertThat(verdicts.get(1).path("errors").toString()).contains("ItemReader", "distributed Map");
  }

  @Test
  void everyDefinitionHasAReadmeSectionAndEverySubstitutionIsDocumentedAndServedByTheHarness() throws IOException {
    Pattern substitution = Pattern.compile("\\$\\{(\\w+)}");
    for (Path file : definitions) {
      String name = file.getFileName().toString().replace(".asl.json", "");
      assertThat(readme).as("README section for " + name).contains("\n## " + name + "\n");
      Matcher m = substitution.matcher(Files.readString(file));
      while (m.find()) {
        assertThat(readme).as(file + " uses ${" + m.group(1) + "}").contains("`${" + m.group(1) + "}`");
        assertThat(Deployment.FUNCTIONS.containsKey(m.group(1)) || Deployment.STATE_MACHINES.containsKey(m.group(1)))
            .as("the harness serves ${" + m.group(1) + "}").isTrue();
      }
    }
  }

  @Test
  void tasksHaveTimeoutsAndRetryOnlyTransientErrorsAndStateNamesAreUnique() {
    for (Path file : definitions) {
      List<String> names = new ArrayList<>();
      walk(json(file), (name, state) -> {
        names.add(name);
        if (state.path("Type").asText().equals("Task")) {
          assertThat(state.has("TimeoutSeconds")).as(file.getFileName() + " " + name + " has a timeout").isTrue();
          for (JsonNode retrier : state.path("Retry")) {
            for (JsonNode error : retrier.path("ErrorEquals")) {
              assertThat(TRANSIENT).as(file.getFileName() + " " + name + " retries " + error.asText()).contains(error.asText());
            }
            assertThat(retrier.path("JitterStrategy").asText()).as(name + " jitters").isEqualTo("FULL");
            assertThat(retrier.path("BackoffRate").asDouble()).as(name + " backs off").isGreaterThan(1.0);
          }
        }
      });
      assertThat(new HashSet<>(names)).as(file.getFileName() + ": unique state names").hasSize(names.size());
    }
  }

  private static void walk(JsonNode definition, BiConsumer<String, JsonNode> visit) {
    for (Map.Entry<String, JsonNode> e : definition.path("States").properties()) {
      visit.accept(e.getKey(), e.getValue());
      if (e.getValue().has("ItemProcessor")) {
        walk(e.getValue().get("ItemProcessor"), visit);
      }
      for (JsonNode branch : e.getValue().path("Branches")) {
        walk(branch, visit);
      }
    }
  }
}
