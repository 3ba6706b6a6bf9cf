package dev.rocky.app.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.execute.ExecuteService;
import dev.rocky.app.fixture.ScriptedWarehouse;
import dev.rocky.app.run.RunCoordinator;
import dev.rocky.app.run.RunListener;
import dev.rocky.app.run.RunOptions;
import dev.rocky.app.run.RunOutput;
import dev.rocky.compiler.govern.ProjectClassifications;
import dev.rocky.core.run.RunStatus;
import dev.rocky.testkit.fake.InMemoryStateStore;
import dev.rocky.testkit.fake.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What the governance step asks the warehouse: nothing at all when the project governs nothing (a
 * governing run, masks and grants, is {@link GovernDuckDbTest}).
 */
class GovernStepScopeTest {
  final ScriptedWarehouse warehouse = new ScriptedWarehouse();
  final MutableClock clock = new MutableClock(Instant.parse("2026-02-01T00:00:00Z"));
  final InMemoryStateStore state = new InMemoryStateStore(clock);
  final GovernedProject p = GovernedProject.open();

  private RunOutput run(ProjectClassifications classified) {
    RunGovernanceStep step = new RunGovernanceStep(warehouse, p.project().config(), classified,
        p.project().models(), null);
    return new RunCoordinator(new ExecuteService(warehouse, state, clock), state, clock, step)
        .run(p.plan(), p.graph(), RunOptions.builder("cfg").hostname("host").parallel(1).build(), RunListener.NONE);
  }

  @Test
  void aProjectThatClassifiesAndGrantsNothingDescribesNoTable() {
    RunOutput out = run(ProjectClassifications.none());

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(warehouse.described).isEmpty();
  }
}
