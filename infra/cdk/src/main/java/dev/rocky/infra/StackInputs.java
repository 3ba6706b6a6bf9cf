package dev.rocky.infra;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.logs.RetentionDays;

/**
 * What the stack is built from besides its constructs' defaults.
 *
 * @param code the functions' deployment package (the Lambda bundle; a placeholder in template tests)
 * @param missingHandlers handler classes the package lacks; each gets a synth warning on its function
 * @param statemachines the directory of the {@code *.asl.json} definitions
 * @param schedules the deployed project's scheduled pipelines
 * @param snapshotKey the deployed project's snapshot in the artifact bucket
 * @param config the project's rocky.toml path inside the snapshot
 * @param namespace the project's namespace in the state table
 * @param logRetention how long function and workflow logs are kept
 */
public record StackInputs(Code code, Set<String> missingHandlers, Path statemachines, List<ScheduledPipeline> schedules,
    String snapshotKey, String config, String namespace, RetentionDays logRetention) {

  public StackInputs {
    missingHandlers = Set.copyOf(missingHandlers);
    schedules = List.copyOf(schedules);
  }
}
