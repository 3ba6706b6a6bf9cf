package dev.rocky.app.e2e;

import dev.rocky.app.execute.ModelResult;
import dev.rocky.app.fixture.RunHarness;
import dev.rocky.app.fixture.TestProject;
import dev.rocky.app.fixture.TickingClock;
import dev.rocky.app.run.RunListener;
import dev.rocky.core.project.Strategy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The child process of {@link KilledRunTest}: runs {@link #project()} on the directory it is given
 * and, once the first model is committed, says so and blocks until it is killed.
 */
public final class KilledRunChild {
  private KilledRunChild() {}

  /** first (incremental over raw.events) -> second (incremental over first). */
  static TestProject project() {
    return new TestProject()
        .model("first", new Strategy.Incremental("ts"), "SELECT id, ts, v FROM raw.events")
        .model("second", new Strategy.Incremental("ts"), "SELECT id, ts FROM first", "first");
  }

  public static void main(String[] args) throws Exception {
    TickingClock clock = new TickingClock(RunHarness.START.minus(Duration.ofHours(1)));
    try (RunHarness h = RunHarness.open(Path.of(args[0]), clock)) {
      TestProject p = project();
      h.run(p, h.options(p).build(), new RunListener() {
        private volatile String runId = "";

        @Override
        public void runStarted(String id, List<List<String>> layers) {
          runId = id;
        }

        @Override
        public void modelFinished(int layer, ModelResult result) {
          if (result.model().equals("first")) {
            System.out.println("COMMITTED " + runId);
            System.out.flush();
            try {
              System.in.read();
            } catch (java.io.IOException e) {
              // killed
            }
          }
        }
      });
    }
  }
}
