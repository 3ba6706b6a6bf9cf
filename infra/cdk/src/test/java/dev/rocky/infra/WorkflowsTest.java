package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowsTest {

  @Test
  void theDeployedDefinitionsNameTheSubstitutionsTheStackFills() throws IOException {
    assertThat(Workflows.substitutions(Files.readString(Stacks.STATEMACHINES.resolve("run.asl.json"))))
        .containsExactly("CatalogFunctionArn", "CompileFunctionArn", "CostFunctionArn", "GovernFunctionArn",
            "RunFunctionArn", "RunSegmentStateMachineArn");
    assertThat(Workflows.substitutions(Files.readString(Stacks.STATEMACHINES.resolve("run-segment.asl.json"))))
        .containsExactly("ExecuteFunctionArn", "RunFunctionArn");
  }

  @Test
  void aDefinitionNamingAnArnTheStackDoesNotFillStopsTheSynth(@TempDir Path dir) throws IOException {
    Files.copy(Stacks.STATEMACHINES.resolve("run.asl.json"), dir.resolve("run.asl.json"));
    String segment = Files.readString(Stacks.STATEMACHINES.resolve("run-segment.asl.json"));
    Files.writeString(dir.resolve("run-segment.asl.json"),
        segment.replaceFirst("\\$\\{RunFunctionArn}", "\\${AuditFunctionArn}"));
    assertThatThrownBy(() -> Stacks.stack(Set.of(), dir))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("run-segment.asl.json names [AuditFunctionArn, ExecuteFunctionArn, RunFunctionArn]");
  }
}
