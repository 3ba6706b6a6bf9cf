package dev.rocky.store.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.ModelExecution;
import dev.rocky.core.run.ModelStatus;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.core.run.RunTrigger;
import dev.rocky.core.run.SessionSource;
import dev.rocky.core.state.StoreErrorCode;
import dev.rocky.testkit.contract.StateFixtures;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stored JSON is Rocky's: its field names, its enum spellings, optional fields omitted. */
class StateJsonTest {
  private final StateJson json = new StateJson("state.sqlite");

  @Test
  void aRunRecordIsWrittenWithRockysNamesAndSpellings() {
    Instant t = Instant.parse("2026-03-01T10:00:00.123Z");
    RunRecord run = StateFixtures.minimal(t, List.of(StateFixtures.succeeded("orders", t)));

    String written = json.write(run);

    assertThat(written).startsWith("{\"run_id\":\"run-20260301-100000-123\",\"started_at\":\"2026-03-01T10:00:00.123Z\"")
        .contains("\"status\":\"Success\"", "\"trigger\":\"Manual\"", "\"session_source\":\"cli\"",
            "\"models_executed\":[{\"model_name\":\"orders\"", "\"status\":\"success\"", "\"rows_affected\":42",
            "\"sql_hash\":\"0123456789abcdef\"", "\"hostname\":\"unknown\"", "\"rocky_version\":\"0.1.0\"")
        .doesNotContain("null", "attempts", "bytes_scanned", "git_commit");
    assertThat(json.read(written, RunRecord.class)).isEqualTo(run);
  }

  @Test
  void aRockyWrittenRecordWithFieldsWeDoNotKnowStillReads() {
    String rocky = """
        {"run_id":"run-20260301-100000-123","started_at":"2026-03-01T10:00:00.123456Z",
         "finished_at":"2026-03-01T10:00:05Z","status":"PartialFailure","trigger":"Ci","config_hash":"abcd",
         "models_executed":[{"model_name":"m","started_at":"2026-03-01T10:00:00Z","finished_at":"2026-03-01T10:00:01Z",
           "duration_ms":1000,"rows_affected":null,"status":"failed","sql_hash":"ff","skip_hash":"x",
           "bytes_scanned":null,"bytes_written":null,"tenant":null}],
         "check_outcomes":[],"hostname":"h","rocky_version":"1.7.0"}""";

    RunRecord run = json.read(rocky, RunRecord.class);

    assertThat(run.status()).isEqualTo(RunStatus.PARTIAL_FAILURE);
    assertThat(run.trigger()).isEqualTo(RunTrigger.CI);
    assertThat(run.sessionSource()).isEqualTo(SessionSource.CLI);
    assertThat(run.modelsExecuted()).singleElement().satisfies(m -> {
      assertThat(m.status()).isEqualTo(ModelStatus.FAILED);
      assertThat(m.attempts()).isEmpty();
      assertThat(m.rowsAffected()).isNull();
    });
  }

  @Test
  void unreadableJsonIsACorruptState() {
    assertThatThrownBy(() -> json.read("{\"model_name\":", ModelExecution.class))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_CORRUPT))
        .hasMessageContaining("state.sqlite");
    assertThatThrownBy(() -> json.read("{\"model_name\":\"m\"}", ModelExecution.class))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(StoreErrorCode.STATE_CORRUPT));
  }
}
