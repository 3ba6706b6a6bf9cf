package dev.rocky.infra;

import static dev.rocky.infra.Stacks.list;
import static dev.rocky.infra.Stacks.resources;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Questions about one synthesized template: statements of a role, actions, object prefixes, logical ids. */
record TemplateQueries(JsonNode json) {

  List<JsonNode> statementsOfFunction(String handler) {
    JsonNode fn = resources(json, "AWS::Lambda::Function").values().stream()
        .filter(f -> f.at("/Properties/Handler").asText().equals(handler)).findFirst().orElseThrow();
    return statementsOfRole(fn.at("/Properties/Role/Fn::GetAtt/0").asText());
  }

  List<JsonNode> statementsOfRole(String role) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode policy : resources(json, "AWS::IAM::Policy").values()) {
      if (list(policy.at("/Properties/Roles")).stream().anyMatch(r -> r.path("Ref").asText().equals(role))) {
        out.addAll(list(policy.at("/Properties/PolicyDocument/Statement")));
      }
    }
    assertThat(resources(json, "AWS::IAM::Role").get(role).at("/Properties/ManagedPolicyArns").isMissingNode())
        .as("no managed policies on " + role).isTrue();
    return out;
  }

  TreeSet<String> actions(List<JsonNode> statements, String prefix) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode s : statements) {
      list(s.path("Action")).stream().map(JsonNode::asText).filter(a -> a.startsWith(prefix)).forEach(out::add);
    }
    return out;
  }

  /** The object-key suffixes ({@code /artifacts/*}) the statements with {@code action} name, per bucket id. */
  Set<String> resourcesOf(List<JsonNode> statements, String action) {
    Set<String> out = new TreeSet<>();
    for (JsonNode s : statements) {
      if (list(s.path("Action")).stream().anyMatch(a -> a.asText().equals(action))) {
        for (JsonNode r : list(s.path("Resource"))) {
          JsonNode parts = r.at("/Fn::Join/1");
          out.add(parts.at("/0/Fn::GetAtt/0").asText() + parts.at("/1").asText());
        }
      }
    }
    return out;
  }

  /** The resources, as JSON text, of the statements allowing {@code action}. */
  List<String> resourcesOfAction(List<JsonNode> statements, String action) {
    List<String> out = new ArrayList<>();
    for (JsonNode s : statements) {
      if (list(s.path("Action")).stream().anyMatch(a -> a.asText().equals(action))) {
        list(s.path("Resource")).forEach(r -> out.add(r.toString()));
      }
    }
    return out;
  }

  Set<String> prefixes(String bucket, List<String> prefixes) {
    return prefixes.stream().map(p -> bucket + "/" + p + "*").collect(Collectors.toCollection(TreeSet::new));
  }

  String logicalId(String type, String prefix) {
    // A logical id is the construct path without separators and an 8-hex hash.
    List<String> ids = resources(json, type).keySet().stream().filter(id -> id.matches(prefix + "[0-9A-F]{8}")).toList();
    assertThat(ids).as(type + " " + prefix).hasSize(1);
    return ids.get(0);
  }

  String only(Set<String> values) {
    assertThat(values).hasSize(1);
    return values.iterator().next();
  }

  String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
