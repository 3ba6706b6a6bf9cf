package dev.rocky.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.types.RockyType.Decimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypeRulesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "BIGINT|Int64", "int|Int32", "SMALLINT|Int32", "DOUBLE|Float64", "REAL|Float32", "varchar(20)|String",
    "TEXT|String", "STRING|String", "DECIMAL(10,2)|Decimal(10,2)", "NUMERIC|Decimal(38,0)", "number(12)|Decimal(12,0)",
    "TIMESTAMP|Timestamp", "TIMESTAMP WITH TIME ZONE|Timestamp", "TIMESTAMP_NTZ|TimestampNtz", "DATE|Date",
    "BOOLEAN|Boolean", "BLOB|Binary", "JSON|Variant", "INTEGER[]|Array(Int32)", "ARRAY<STRING>|Array(String)",
    "MAP<STRING,BIGINT>|Map(String,Int64)", "GEOMETRY|Unknown"})
  void mapsWarehouseTypeNames(String sql, String rocky) {
    assertThat(TypeNames.fromSql(sql).typeName()).isEqualTo(rocky);
  }

  @Test
  void parsesRockyNamesAsWrittenInContracts() {
    assertThat(TypeNames.parseRockyName("Int64")).isEqualTo(RockyType.INT64);
    assertThat(TypeNames.parseRockyName("timestampntz")).isEqualTo(RockyType.TIMESTAMP_NTZ);
    assertThat(TypeNames.parseRockyName("Decimal(12, 2)")).isEqualTo(new Decimal(12, 2));
    assertThat(TypeNames.parseRockyName("Array(String)")).isEqualTo(new RockyType.Array(RockyType.STRING));
    assertThat(RockyType.parse("Unknown")).isEqualTo(RockyType.UNKNOWN);
  }

  @Test
  void commonSupertypeFollowsRockysLattice() {
    assertThat(TypeRules.commonSupertype(RockyType.INT32, RockyType.INT64)).contains(RockyType.INT64);
    assertThat(TypeRules.commonSupertype(RockyType.FLOAT32, RockyType.FLOAT64)).contains(RockyType.FLOAT64);
    assertThat(TypeRules.commonSupertype(RockyType.INT64, RockyType.FLOAT32)).contains(RockyType.FLOAT64);
    assertThat(TypeRules.commonSupertype(RockyType.INT32, new Decimal(5, 2))).contains(new Decimal(12, 2));
    assertThat(TypeRules.commonSupertype(new Decimal(10, 2), RockyType.INT64)).contains(new Decimal(21, 2));
    assertThat(TypeRules.commonSupertype(new Decimal(10, 2), new Decimal(12, 4))).contains(new Decimal(12, 4));
    assertThat(TypeRules.commonSupertype(RockyType.TIMESTAMP, RockyType.TIMESTAMP_NTZ)).contains(RockyType.TIMESTAMP);
    assertThat(TypeRules.commonSupertype(RockyType.UNKNOWN, RockyType.STRING)).contains(RockyType.UNKNOWN);
    assertThat(TypeRules.commonSupertype(RockyType.STRING, RockyType.INT64)).isEmpty();
    assertThat(TypeRules.commonSupertype(RockyType.BOOLEAN, RockyType.DATE)).isEmpty();
  }

  @Test
  void assignabilityWidensButNeverNarrows() {
    assertThat(TypeRules.isAssignable(RockyType.INT32, RockyType.INT64)).isTrue();
    assertThat(TypeRules.isAssignable(RockyType.INT64, RockyType.INT32)).isFalse();
    assertThat(TypeRules.isAssignable(RockyType.INT32, new Decimal(12, 2))).isTrue();
    assertThat(TypeRules.isAssignable(RockyType.INT64, new Decimal(12, 2))).isFalse();
    assertThat(TypeRules.isAssignable(new Decimal(10, 2), new Decimal(12, 2))).isTrue();
    assertThat(TypeRules.isAssignable(new Decimal(10, 2), new Decimal(10, 1))).isFalse();
    assertThat(TypeRules.isAssignable(RockyType.UNKNOWN, RockyType.STRING)).isTrue();
  }

  @Test
  void contractMatchingTreatsBareDecimalAsAnyPrecision() {
    assertThat(TypeRules.matchesContract(new Decimal(10, 2), "Decimal")).isTrue();
    assertThat(TypeRules.matchesContract(new Decimal(10, 2), "Decimal(10,2)")).isTrue();
    assertThat(TypeRules.matchesContract(new Decimal(10, 2), "Decimal(12,2)")).isFalse();
    assertThat(TypeRules.matchesContract(new Decimal(12, 0), "Decimal(12)")).isTrue();
    assertThat(TypeRules.matchesContract(RockyType.INT64, "int64")).isTrue();
    assertThat(TypeRules.matchesContract(RockyType.INT64, "BIGINT")).isTrue();
    assertThat(TypeRules.matchesContract(RockyType.INT32, "Int64")).isFalse();
    assertThat(TypeRules.matchesContract(new RockyType.Array(RockyType.STRING), "Array")).isTrue();
    assertThat(TypeRules.matchesContract(RockyType.UNKNOWN, "Int64")).isTrue();
  }

  @Test
  void displaySpellingsMatchRockysDiffOutput() {
    assertThat(RockyType.INT64.display()).isEqualTo("INT64");
    assertThat(new Decimal(12, 2).display()).isEqualTo("DECIMAL(12,2)");
    assertThat(RockyType.TIMESTAMP_NTZ.display()).isEqualTo("TIMESTAMP_NTZ");
    assertThat(RockyType.UNKNOWN.display()).isEqualTo("?");
  }
}
