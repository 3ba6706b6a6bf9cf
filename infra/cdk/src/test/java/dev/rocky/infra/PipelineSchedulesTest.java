package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineSchedulesTest {

  @Test
  void scheduledPipelinesComeFromRockyTomlWithTheProjectTimeZoneAsDefault() {
    assertThat(PipelineSchedules.read(Stacks.SCHEDULED_PROJECT, "rocky.toml")).containsExactlyInAnyOrder(
        new ScheduledPipeline("shop", "cron(30 5 ? * 2-6 *)", "Europe/Berlin", true),
        new ScheduledPipeline("nightly", "cron(0 2 1 * ? *)", "UTC", false));
  }

  @Test
  void aProjectWithoutSchedulesHasNone(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("rocky.toml"), """
        [adapter]
        type = "duckdb"
        """);
    assertThat(PipelineSchedules.read(dir, "rocky.toml")).isEmpty();
  }

  @Test
  void anUnschedulableCronNamesTheFileAndThePipeline(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("rocky.toml"), """
        [adapter]
        type = "duckdb"

        [pipeline.daily]
        type = "transformation"
        models = "models/**"

        [pipeline.daily.schedule]
        cron = "0 6 1 * 1"
        """);
    Files.createDirectories(dir.resolve("models"));
    assertThatThrownBy(() -> PipelineSchedules.read(dir, "rocky.toml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rocky.toml: [pipeline.daily.schedule] cron '0 6 1 * 1'");
  }

  @Test
  void aMissingConfigIsReportedWithItsPath(@TempDir Path dir) {
    assertThatThrownBy(() -> PipelineSchedules.read(dir, "rocky.toml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rocky.toml does not load: V001");
  }
}
