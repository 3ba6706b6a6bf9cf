package dev.rocky.infra;

import static dev.rocky.infra.Stacks.resources;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awscdk.assertions.Template;

class WorkflowsTest {
  private static final List<String> DEFINITIONS = List.of("run.asl.json", "run-segment.asl.json",
      "branch-promote.asl.json", "replay.asl.json");

  @Test
  void theDeployedDefinitionsNameTheSubstitutionsTheStackFills() throws IOException {
    assertThat(names("run.asl.json")).containsExactly("CompileFunctionArn", "CostFunctionArn", "GovernFunctionArn",
        "RunFunctionArn", "RunSegmentStateMachineArn");
    assertThat(names("run-segment.asl.json")).containsExactly("ExecuteFunctionArn", "RunFunctionArn");
    assertThat(names("branch-promote.asl.json")).containsExactly("BranchFunctionArn", "GovernFunctionArn",
        "RunStateMachineArn");
    assertThat(names("replay.asl.json")).containsExactly("ReplayFunctionArn", "ReplayStateMachineArn");
  }

  @Test
  void aDefinitionNamingAnArnTheStackDoesNotFillStopsTheSynth(@TempDir Path dir) throws IOException {
    copy(dir);
    String segment = Files.readString(Stacks.STATEMACHINES.resolve("run-segment.asl.json"));
    Files.writeString(dir.resolve("run-segment.asl.json"),
        segment.replaceFirst("\\$\\{RunFunctionArn}", "\\${AuditFunctionArn}"));
    assertThatThrownBy(() -> Stacks.stack(Set.of(), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("run-segment.asl.json names [AuditFunctionArn], which the stack does not fill")
        .hasMessageContaining("it fills [ExecuteFunctionArn, RunFunctionArn]");
  }

  @Test
  void theCatalogRefreshInvokesTheGovernFunctionsLiveAlias(@TempDir Path dir) throws IOException {
    copy(dir);
    JsonNode json = Stacks.json(Template.fromStack(Stacks.stack(Set.of(), dir)));
    TemplateQueries q = new TemplateQueries(json);
    JsonNode machine = resources(json, "AWS::StepFunctions::StateMachine")
        .get(q.logicalId("AWS::StepFunctions::StateMachine", "WorkflowsBranchPromote"));
    TreeSet<String> filled = new TreeSet<>();
    machine.at("/Properties/DefinitionSubstitutions").fieldNames().forEachRemaining(filled::add);
    assertThat(filled).containsExactly("BranchFunctionArn", "GovernFunctionArn", "RunStateMachineArn");
    assertThat(machine.at("/Properties/DefinitionSubstitutions/GovernFunctionArn/Ref").asText())
        .isEqualTo(q.logicalId("AWS::Lambda::Alias", "FunctionsGovernLive"));
    String role = q.statementsOfRole(machine.at("/Properties/RoleArn/Fn::GetAtt/0").asText()).toString();
    assertThat(role).contains(q.logicalId("AWS::Lambda::Alias", "FunctionsGovernLive"))
        .contains(q.logicalId("AWS::Lambda::Alias", "FunctionsBranchLive"))
        .doesNotContain(q.logicalId("AWS::Lambda::Alias", "FunctionsCostLive"));
  }

  private static TreeSet<String> names(String file) throws IOException {
    return Workflows.substitutions(Files.readString(Stacks.STATEMACHINES.resolve(file)));
  }

  private static void copy(Path dir) throws IOException {
    for (String file : DEFINITIONS) {
      Files.copy(Stacks.STATEMACHINES.resolve(file), dir.resolve(file));
    }
  }
}
