package dev.rocky.compiler.check;

import static dev.rocky.compiler.check.Fixtures.codes;
import static dev.rocky.compiler.check.Fixtures.col;
import static dev.rocky.compiler.check.Fixtures.complete;
import static dev.rocky.compiler.check.Fixtures.partial;
import static dev.rocky.compiler.check.Fixtures.schemas;
import static dev.rocky.compiler.check.Fixtures.where;
import static dev.rocky.core.diagnostic.DiagnosticCode.E020;
import static dev.rocky.core.diagnostic.DiagnosticCode.E021;
import static dev.rocky.core.diagnostic.DiagnosticCode.E022;
import static dev.rocky.core.diagnostic.DiagnosticCode.E023;
import static dev.rocky.core.diagnostic.DiagnosticCode.E024;
import static dev.rocky.core.diagnostic.DiagnosticCode.E025;
import static dev.rocky.core.diagnostic.DiagnosticCode.E026;
import static dev.rocky.core.diagnostic.DiagnosticCode.W003;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Model;
import dev.rocky.core.project.Strategy;
import dev.rocky.core.project.Strategy.Granularity;
import dev.rocky.core.types.ModelSchema;
import dev.rocky.core.types.RockyType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class TimeIntervalCheckerTest {
  private static final String SIDECAR = "models/events.toml";
  private static final String SQL = """
      SELECT event_ts, user_id
      FROM raw.events
      WHERE event_ts >= @start_date AND event_ts < @end_date
      """;
  private static final ModelSchema GOOD = schema(RockyType.TIMESTAMP, false);

  private static ModelSchema schema(RockyType type, boolean nullable) {
    return complete("events", col("event_ts", type, nullable), col("user_id", RockyType.INT64, true));
  }

  private static String sidecar(String column, String grain, @Nullable String first) {
    return "[strategy]\ntype = \"time_interval\"\ntime_column = \"" + column + "\"\ngranularity = \"" + grain + "\"\n"
        + (first == null ? "" : "first_partition = \"" + first + "\"\n");
  }

  private static List<Diagnostic> check(String sql, String column, Granularity grain, @Nullable String first,
      ModelSchema schema) {
    Model model = Fixtures.model("events", sql, new Strategy.TimeInterval(column, grain, null, null, first));
    String text = sidecar(column, grain.name().toLowerCase(java.util.Locale.ROOT), first);
    return new TimeIntervalChecker(SourceTexts.of(Map.of(SIDECAR, text))).check(List.of(model), schemas(schema));
  }

  private static List<Diagnostic> check(ModelSchema schema) {
    return check(SQL, "event_ts", Granularity.DAY, null, schema);
  }

  @Test
  void aGoodModelIsClean() {
    assertThat(check(GOOD)).isEmpty();
    assertThat(check(SQL, "event_ts", Granularity.HOUR, "2024-01-01T05", GOOD)).isEmpty();
  }

  @Test
  void e020PointsAtTimeColumn() {
    List<Diagnostic> found = check(complete("events", col("event_tz", RockyType.TIMESTAMP, false)));

    assertThat(codes(found)).containsExactly(E020);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":3:15");
    assertThat(found.getFirst().span().length()).isEqualTo("\"event_ts\"".length());
    assertThat(found.getFirst().suggestion()).contains("did you mean 'event_tz'?");
  }

  @Test
  void e020QuietWhenTheSchemaIsIncomplete() {
    assertThat(check(partial("events", col("user_id", RockyType.INT64, true)))).isEmpty();
    assertThat(new TimeIntervalChecker(SourceTexts.none()).check(
        List.of(Fixtures.model("events", SQL, new Strategy.TimeInterval("event_ts", Granularity.DAY, null, null, null))),
        Map.of())).isEmpty();
  }

  @Test
  void e021ForANonTemporalColumn() {
    List<Diagnostic> found = check(schema(RockyType.STRING, false));

    assertThat(codes(found)).containsExactly(E021);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":3:15");
    assertThat(found.getFirst().message()).contains("is STRING");
  }

  @Test
  void e021QuietForUnknownDateAndTimestampNtz() {
    assertThat(check(schema(RockyType.UNKNOWN, true))).isEmpty();
    assertThat(check(schema(RockyType.DATE, false))).isEmpty();
    assertThat(check(schema(RockyType.TIMESTAMP_NTZ, false))).isEmpty();
  }

  @Test
  void e022ForANullableColumn() {
    List<Diagnostic> found = check(schema(RockyType.TIMESTAMP, true));

    assertThat(codes(found)).containsExactly(E022);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":3:15");
  }

  @Test
  void e022QuietForANotNullColumn() {
    assertThat(check(schema(RockyType.DATE, false))).isEmpty();
  }

  @Test
  void e023ForAColumnThatIsNotAPlainIdentifier() {
    List<Diagnostic> found = check(SQL, "event ts", Granularity.DAY, null, GOOD);

    assertThat(codes(found)).containsExactly(E023);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":3:15");
    assertThat(found.getFirst().suggestion()).contains("AS event_ts");
  }

  @Test
  void e023QuietForDigitsAndUnderscores() {
    assertThat(check(SQL, "event_ts", Granularity.DAY, null, GOOD)).isEmpty();
  }

  @Test
  void e024PointsAtTheStrategyWhenNeitherPlaceholderIsUsed() {
    String sql = "SELECT event_ts, user_id\nFROM raw.events\n-- WHERE event_ts >= @start_date\n";
    List<Diagnostic> found = check(sql, "event_ts", Granularity.DAY, null, GOOD);

    assertThat(codes(found)).containsExactly(E024);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":2:8");
    assertThat(found.getFirst().suggestion())
        .isEqualTo("filter the SQL with WHERE event_ts >= @start_date AND event_ts < @end_date");
  }

  @Test
  void w003PointsAtTheOnePlaceholderUsed() {
    String sql = "SELECT event_ts, user_id\nFROM raw.events\nWHERE event_ts >= @start_date\n";
    List<Diagnostic> found = check(sql, "event_ts", Granularity.DAY, null, GOOD);

    assertThat(codes(found)).containsExactly(W003);
    assertThat(where(found.getFirst())).isEqualTo("models/events.sql:3:19");
    assertThat(found.getFirst().message()).contains("unbounded above");
    assertThat(found.getFirst().suggestion()).isEqualTo("add AND event_ts < @end_date to the filter");
  }

  @Test
  void w003AndE024QuietWhenBothPlaceholdersAreUsed() {
    assertThat(check(GOOD)).isEmpty();
    assertThat(check("SELECT * FROM t WHERE ts BETWEEN @start_date AND @end_date", "event_ts", Granularity.DAY, null,
        GOOD)).isEmpty();
  }

  @Test
  void e025ForHourlyGrainOnADate() {
    List<Diagnostic> found = check(SQL, "event_ts", Granularity.HOUR, null, schema(RockyType.DATE, false));

    assertThat(codes(found)).containsExactly(E025);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":4:15");
  }

  @Test
  void e025QuietForDailyGrainOnADateOrHourlyOnATimestamp() {
    assertThat(check(SQL, "event_ts", Granularity.DAY, null, schema(RockyType.DATE, false))).isEmpty();
    assertThat(check(SQL, "event_ts", Granularity.HOUR, null, GOOD)).isEmpty();
  }

  @Test
  void e026ForADayKeyOnAnHourlyGrain() {
    List<Diagnostic> found = check(SQL, "event_ts", Granularity.HOUR, "2024-01-01", GOOD);

    assertThat(codes(found)).containsExactly(E026);
    assertThat(where(found.getFirst())).isEqualTo(SIDECAR + ":5:19");
    assertThat(found.getFirst().message()).isEqualTo("first_partition '2024-01-01' is not a canonical hour key (YYYY-MM-DDTHH)");
    assertThat(found.getFirst().suggestion()).isEqualTo("write first_partition = \"2024-01-01T00\"");
  }

  @Test
  void e026ForADateThatDoesNotExist() {
    List<Diagnostic> found = check(SQL, "event_ts", Granularity.DAY, "2024-02-30", GOOD);

    assertThat(codes(found)).containsExactly(E026);
    assertThat(found.getFirst().suggestion()).isEqualTo("write first_partition = \"2024-01-01\"");
  }

  @Test
  void e026QuietForCanonicalKeysOfEachGrain() {
    assertThat(check(SQL, "event_ts", Granularity.HOUR, "2024-02-29T23", GOOD)).isEmpty();
    assertThat(check(SQL, "event_ts", Granularity.DAY, "2024-02-29", GOOD)).isEmpty();
    assertThat(check(SQL, "event_ts", Granularity.MONTH, "2024-12", GOOD)).isEmpty();
    assertThat(check(SQL, "event_ts", Granularity.YEAR, "2024", GOOD)).isEmpty();
  }

  @Test
  void otherStrategiesAreIgnored() {
    Model merge = Fixtures.model("events", "SELECT 1 AS id", new Strategy.Merge(List.of("id"), null));

    assertThat(new TimeIntervalChecker(SourceTexts.none()).check(List.of(merge), Map.of())).isEmpty();
  }

  @Test
  void withoutTheSidecarTextTheSpanIsTheWholeSidecar() {
    Model model = Fixtures.model("events", SQL, new Strategy.TimeInterval("event_ts", Granularity.DAY, null, null, null));
    List<Diagnostic> found = new TimeIntervalChecker(SourceTexts.none())
        .check(List.of(model), schemas(schema(RockyType.STRING, false)));

    assertThat(where(found.getFirst())).isEqualTo(SIDECAR);
  }
}
