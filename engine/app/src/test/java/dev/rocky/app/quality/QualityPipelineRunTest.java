package dev.rocky.app.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rocky.app.run.RunOutput;
import dev.rocky.core.config.QualityPipeline;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.run.CheckOutcome;
import dev.rocky.core.run.RunRecord;
import dev.rocky.core.run.RunStatus;
import dev.rocky.planner.quality.QualityErrorCode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The quality fixture: 200 orders, 4 of them bad (2 without a customer, 1 with an unknown
 * status, 1 with an impossible amount), checked by the {@code dq} quality pipeline.
 */
class QualityPipelineRunTest {
  final QualityFixture f = new QualityFixture();

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void splitQuarantinesExactlyTheFourBadRowsWithTheirLabelsAndFailsTheRun() {
    RunOutput out = f.runner().run("dq", f.dq(), QualityFixture.options(), "quality");

    assertThat(out.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(out.exitCode()).isEqualTo(1);
    assertThat(f.count("raw.orders__valid")).isEqualTo(196);
    assertThat(f.count("raw.orders__quarantine")).isEqualTo(4);
    assertThat(f.rows("SELECT id, _error_not_null_customer_id, _error_accepted_values_status, _error_in_range_amount"
        + " FROM raw.orders__quarantine ORDER BY id")).containsExactly(
            "17|_error_not_null_customer_id|null|null",
            "42|_error_not_null_customer_id|null|null",
            "99|null|_error_accepted_values_status|null",
            "150|null|null|_error_in_range_amount");
    assertThat(f.rows("SELECT column_name FROM information_schema.columns WHERE table_name = 'orders__valid'"
        + " ORDER BY ordinal_position")).containsExactly("id", "customer_id", "status", "amount", "ordered_at");
    assertThat(f.rows("SELECT count(*) FROM information_schema.tables WHERE table_name LIKE '_rocky_quarantine%'"))
        .containsExactly("0");
    assertThat(f.count("raw.orders")).as("the source is left as it was").isEqualTo(200);

    TableCheckResult table = (TableCheckResult) out.checkResults().getFirst();
    assertThat(table.assetKey()).containsExactly("raw", "orders");
    assertThat(table.checks()).extracting(CheckResult::name, CheckResult::passed).containsExactly(
        tuple("row_count", true), tuple("anomaly", true), tuple("not_null:customer_id", false),
        tuple("accepted_values:status", false), tuple("in_range:amount", false), tuple("unique:id", true));
    assertThat(table.checks().get(0).details()).containsEntry("target_count", 200L);
    assertThat(table.checks().get(2).details()).containsEntry("failing_rows", 2L);
    assertThat(table.checks().get(3).details()).containsEntry("failing_rows", 1L);
    assertThat(table.checks().get(4).details()).containsEntry("failing_rows", 1L);

    QuarantineResult q = (QuarantineResult) out.quarantine().getFirst();
    assertThat(q).extracting(QuarantineResult::mode, QuarantineResult::validTable, QuarantineResult::quarantineTable,
        QuarantineResult::validRows, QuarantineResult::quarantinedRows, QuarantineResult::ok)
        .containsExactly("split", "raw.orders__valid", "raw.orders__quarantine", 196L, 4L, true);

    RunRecord record = f.state.run(out.runId()).orElseThrow();
    assertThat(record.status()).isEqualTo(RunStatus.FAILURE);
    assertThat(record.checkOutcomes()).contains(new CheckOutcome("not_null:customer_id", false, "raw.orders"),
        new CheckOutcome("unique:id", true, "raw.orders"));
  }

  @Test
  void withoutFailOnErrorTheRunSucceedsAndStillReportsAndQuarantines() {
    QualityPipeline lenient = QualityFixture.with(f.dq(), QualityFixture.failOnError(f.dq().checks(), false));

    RunOutput out = f.runner().run("dq", lenient, QualityFixture.options(), "quality");

    assertThat(out.status()).isEqualTo(RunStatus.SUCCESS);
    assertThat(out.exitCode()).isZero();
    TableCheckResult table = (TableCheckResult) out.checkResults().getFirst();
    assertThat(table.checks()).filteredOn(c -> !c.passed()).extracting(CheckResult::name)
        .containsExactly("not_null:customer_id", "accepted_values:status", "in_range:amount");
    assertThat(f.count("raw.orders__quarantine")).isEqualTo(4);
    assertThat(f.state.run(out.runId()).orElseThrow().status()).isEqualTo(RunStatus.SUCCESS);
  }

  @Test
  void dropKeepsOnlyTheValidRows() {
    QualityPipeline drop = QualityFixture.with(f.dq(), QualityFixture.quarantine(f.dq().checks(), "drop"));

    RunOutput out = f.runner().run("dq", drop, QualityFixture.options(), "quality");

    assertThat(f.count("raw.orders__valid")).isEqualTo(196);
    assertThat(f.rows("SELECT count(*) FROM information_schema.tables WHERE table_name = 'orders__quarantine'"))
        .containsExactly("0");
    assertThat((QuarantineResult) out.quarantine().getFirst())
        .extracting(QuarantineResult::validRows, QuarantineResult::quarantinedRows).containsExactly(196L, null);
  }

  @Test
  void tagLabelsTheTableInPlaceAndASecondRunReplacesTheLabels() {
    QualityPipeline tag = QualityFixture.with(f.dq(), QualityFixture.quarantine(f.dq().checks(), "tag"));

    f.runner().run("dq", tag, QualityFixture.options(), "quality");
    f.runner().run("dq", tag, QualityFixture.options(), "quality");

    assertThat(f.count("raw.orders")).isEqualTo(200);
    assertThat(f.rows("SELECT id FROM raw.orders WHERE coalesce(_error_not_null_customer_id,"
        + " _error_accepted_values_status, _error_in_range_amount) IS NOT NULL ORDER BY id"))
        .containsExactly("17", "42", "99", "150");
    assertThat(f.rows("SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders'"))
        .containsExactly("8");
  }

  @Test
  void aSchemaEntryChecksEveryTableOfTheSchema() {
    QualityPipeline schema = new QualityPipeline(f.dq().target(),
        List.of(new QualityPipeline.TableRef("quality", "raw", null)), f.dq().checks(), null, null, null);

    RunOutput out = f.runner().run("dq", schema, QualityFixture.options(), "quality");

    assertThat(out.checkResults()).extracting(r -> ((TableCheckResult) r).assetKey())
        .containsExactly(List.of("raw", "customers"), List.of("raw", "orders"));
  }

  @Test
  void aPipelineWithoutTablesOrWithChecksOffIsRefused() {
    QualityPipeline none = new QualityPipeline(f.dq().target(), List.of(), f.dq().checks(), null, null, null);
    QualityPipeline off = new QualityPipeline(f.dq().target(), f.dq().tables(), null, null, null, null);

    assertThatThrownBy(() -> f.runner().run("dq", none, QualityFixture.options(), "quality"))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.code()).isEqualTo(QualityErrorCode.QUALITY_INVALID_CONFIG))
        .hasMessageContaining("V026");
    assertThatThrownBy(() -> f.runner().run("dq", off, QualityFixture.options(), "quality"))
        .hasMessageContaining("V027");
  }
}
