package dev.rocky.adapter.databricks;

import static org.assertj.core.api.Assertions.assertThat;

import com.databricks.sdk.service.sql.ColumnInfo;
import com.databricks.sdk.service.sql.ColumnInfoTypeName;
import dev.rocky.core.types.RockyType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON_ARRAY strings become the plain Java values of their column types. */
class DatabricksResultsTest {

  private static ColumnInfo col(ColumnInfoTypeName name, String text) {
    return new ColumnInfo().setName("c").setTypeName(name).setTypeText(text);
  }

  @Test
  void scalarValuesParseByTypeName() {
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.INT, "INT"), "7")).isEqualTo(7);
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.LONG, "BIGINT"), "7")).isEqualTo(7L);
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.DECIMAL, "DECIMAL(10,2)"), "3.25")).isEqualTo(new BigDecimal("3.25"));
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.BOOLEAN, "BOOLEAN"), "true")).isEqualTo(true);
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.DATE, "DATE"), "2026-01-02")).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.TIMESTAMP, "TIMESTAMP"), "2026-01-02T03:04:05.000Z"))
        .isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.TIMESTAMP, "TIMESTAMP_NTZ"), "2026-01-02T03:04:05.123"))
        .isEqualTo(LocalDateTime.of(2026, 1, 2, 3, 4, 5, 123_000_000));
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.DOUBLE, "DOUBLE"), "NaN")).isEqualTo(Double.NaN);
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.STRING, "STRING"), null)).isNull();
  }

  @Test
  void nestedValuesArriveAsJsonAndBecomeListsAndMaps() {
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.ARRAY, "ARRAY<INT>"), "[1,2]")).isEqualTo(List.of(1, 2));
    assertThat(DatabricksResults.value(col(ColumnInfoTypeName.STRUCT, "STRUCT<a: INT>"), "{\"a\":1}")).isEqualTo(Map.of("a", 1));
  }

  @Test
  void typesComeFromTheTypeText() {
    assertThat(DatabricksResults.column(col(ColumnInfoTypeName.DECIMAL, "DECIMAL(10,2)")).type()).isEqualTo(new RockyType.Decimal(10, 2));
    assertThat(DatabricksResults.column(col(ColumnInfoTypeName.TIMESTAMP, "TIMESTAMP_NTZ")).type()).isEqualTo(RockyType.TIMESTAMP_NTZ);
    assertThat(DatabricksResults.column(col(ColumnInfoTypeName.ARRAY, "ARRAY<STRING>")).type())
        .isEqualTo(new RockyType.Array(RockyType.STRING));
    assertThat(DatabricksResults.column(col(ColumnInfoTypeName.NULL, "VOID")).type()).isEqualTo(RockyType.STRING);
  }
}
