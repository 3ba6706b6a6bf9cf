package dev.rocky.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Template;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/** Builds the stack as the app does, with the test-only placeholder package, and reads its template. */
final class Stacks {
  static final Path PLACEHOLDER_CODE = Path.of("src/test/resources/placeholder-lambda-asset");
  static final Path STATEMACHINES = Path.of("../../statemachines");
  static final Path SCHEDULED_PROJECT = Path.of("src/test/resources/scheduled-project");
  private static final ObjectMapper JSON = new ObjectMapper();

  private Stacks() {}

  static RockyStack stack(Set<String> missingHandlers, Path statemachines) {
    App app = new App();
    StackInputs inputs = new StackInputs(Code.fromAsset(PLACEHOLDER_CODE.toString()), missingHandlers, statemachines,
        PipelineSchedules.read(SCHEDULED_PROJECT, "rocky.toml"), "snapshots/main.zip", "rocky.toml", "default",
        RetentionDays.ONE_MONTH);
    // A region as `cdk synth` sets it from the AWS configuration; the account stays a token offline.
    return new RockyStack(app, "Rocky", StackProps.builder().env(Environment.builder().region("eu-west-1").build()).build(),
        inputs);
  }

  static JsonNode json(Template template) {
    return JSON.valueToTree(template.toJSON());
  }

  /** The resources of one CloudFormation type, by logical id. */
  static Map<String, JsonNode> resources(JsonNode template, String type) {
    Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = template.path("Resources").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().path("Type").asText().equals(type)) {
        out.put(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /** A value that may be a single item or a list, as a list. */
  static List<JsonNode> list(JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(out::add);
    } else if (!node.isMissingNode()) {
      out.add(node);
    }
    return out;
  }
}
