package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AWS Solutions pack finds nothing that is not fixed or suppressed with a reason. */
class NagChecksTest {

  @Test
  void theAwsSolutionsChecksPass() {
    RockyStack stack = Stacks.stack(Set.of(), Stacks.STATEMACHINES);
    NagChecks.apply(stack);
    List<SynthesisMessage> errors = Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));
    List<SynthesisMessage> warnings = Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));
    assertThat(errors.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList()).isEmpty();
    assertThat(warnings.stream().map(m -> m.getId() + " " + m.getEntry().getData()).toList()).isEmpty();
  }
}
