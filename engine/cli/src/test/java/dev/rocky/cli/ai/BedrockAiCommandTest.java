package dev.rocky.cli.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.ai.emulator.MessagesApiEmulator;
import dev.rocky.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rocky ai with [ai] provider = "bedrock": the SDK client, signed with static credentials, on a local endpoint. */
class BedrockAiCommandTest {
  private static final String SECRET = "bedrock/SECRET/RECOGNISABLE+key";

  @TempDir Path dir;

  @Test
  void generatesThroughBedrockConverse() {
    try (MessagesApiEmulator api = MessagesApiEmulator.start()) {
      AiProject project = new AiProject(dir, api, "provider = \"bedrock\"\nregion = \"eu-west-1\"\nmax_retries = 0\n");
      api.converse("```sql\nSELECT status, COUNT(*) AS orders FROM stg_orders GROUP BY status\n```");

      CliRun run = project.run(Map.of("AWS_ACCESS_KEY_ID", "AKIDFAKE", "AWS_SECRET_ACCESS_KEY", SECRET),
          "ai", "orders per status", "--name", "orders_by_status");

      assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
      assertThat(AiProject.json(run).path("attempts").asInt()).isEqualTo(1);
      assertThat(project.read("models/orders_by_status.sql")).startsWith("SELECT status, COUNT(*)");
      assertThat(project.file("models/orders_by_status.toml")).doesNotExist();
      assertThat(api.converseRequests()).hasSize(1);
      assertThat(api.converseRequests().getFirst().getUrl()).isEqualTo("/model/claude-emulated/converse");
      assertThat(api.converseRequests().getFirst().getHeader("Authorization")).startsWith("AWS4-HMAC-SHA256 Credential=AKIDFAKE/");
      assertThat(run.out() + run.err()).doesNotContain(SECRET).doesNotContain("RECOGNISABLE");
    }
  }
}
