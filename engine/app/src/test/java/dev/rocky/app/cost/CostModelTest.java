package dev.rocky.app.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rocky.core.config.CostSections.Cost;
import org.junit.jupiter.api.Test;

/** Each warehouse's formula with worked numbers, and null (never 0) when a cost cannot be known. */
class CostModelTest {
  static final double EPS = 1e-12;

  static Cost cost(String size, double perDbu, double perCredit, double duckPerSecond) {
    return new Cost(null, perDbu, size, null, perCredit, duckPerSecond);
  }

  @Test
  void databricksIsHoursTimesDbuPerHourOfTheSizeTimesThePricePerDbu() {
    CostModel medium = CostModel.of("databricks", Cost.defaults());
    // 90 s = 0.025 h; Medium burns 24 DBU/h: 0.6 DBU at the default $0.40 = $0.24
    assertThat(medium.costUsd(WarehouseUsage.of(90_000))).isCloseTo(0.24, within(EPS));
    // 2X-Small (4 DBU/h) for 30 min at $0.70: 2 DBU = $1.40
    assertThat(CostModel.of("databricks", cost("2X-Small", 0.70, 3, 0)).costUsd(WarehouseUsage.of(1_800_000)))
        .isCloseTo(1.40, within(EPS));
    // 4X-Large (528 DBU/h) for 1 s at $0.40: 528/3600*0.4
    assertThat(CostModel.of("databricks", cost("4x-large", 0.40, 3, 0)).costUsd(WarehouseUsage.of(1000)))
        .isCloseTo(0.058666666666666666, within(EPS));
    assertThat(medium.costUsd(WarehouseUsage.of(0))).isZero();
    assertThat(medium.adapterType()).isEqualTo("databricks");
  }

  @Test
  void snowflakeUsesAttributedCreditsWhenTheAccountReportsThem() {
    CostModel medium = CostModel.of("snowflake", Cost.defaults());
    // 0.0421 credits at the default $3.00 per credit
    assertThat(medium.costUsd(new WarehouseUsage(90_000, null, 0.0421))).isCloseTo(0.1263, within(EPS));
    // else 90 s on Medium (4 credits/h) = 0.1 credit = $0.30
    assertThat(medium.costUsd(WarehouseUsage.of(90_000))).isCloseTo(0.30, within(EPS));
    // X-Small (1 credit/h) for an hour at $2.00
    assertThat(CostModel.of("Snowflake", cost("X-Small", 0.4, 2.0, 0)).costUsd(WarehouseUsage.of(3_600_000)))
        .isCloseTo(2.0, within(EPS));
    // 6X-Large (512 credits/h) for 45 s at $4.00: 512 * 45/3600 * 4 = 25.6
    assertThat(CostModel.of("snowflake", cost("6X-LARGE", 0.4, 4.0, 0)).costUsd(WarehouseUsage.of(45_000)))
        .isCloseTo(25.6, within(EPS));
  }

  @Test
  void duckdbIsFreeUnlessARateIsConfigured() {
    assertThat(CostModel.of("duckdb", Cost.defaults()).costUsd(WarehouseUsage.of(123_456))).isZero();
    // 2.5 s at $0.0004 per second = $0.001
    assertThat(CostModel.of("duckdb", cost("Medium", 0.4, 3, 0.0004)).costUsd(WarehouseUsage.of(2500)))
        .isCloseTo(0.001, within(EPS));
  }

  @Test
  void whatCannotBePricedIsNullNeverZero() {
    assertThat(CostModel.of("databricks", cost("Enormous", 0.4, 3, 0)).costUsd(WarehouseUsage.of(90_000))).isNull();
    CostModel unknownSnowflake = CostModel.of("snowflake", cost("Gigantic", 0.4, 3, 0));
    assertThat(unknownSnowflake.costUsd(WarehouseUsage.of(90_000))).isNull();
    assertThat(unknownSnowflake.costUsd(new WarehouseUsage(90_000, null, 0.5))).isCloseTo(1.5, within(EPS));
    CostModel fivetran = CostModel.of("fivetran", Cost.defaults());
    assertThat(fivetran).isEqualTo(new CostModel.Unpriced("fivetran"));
    assertThat(fivetran.costUsd(new WarehouseUsage(1000, 10L, 1.0))).isNull();
  }

  @Test
  void sizesAreMatchedWithoutCaseOrSeparators() {
    assertThat(WarehouseSizes.dbuPerHour("x_small")).isEqualTo(6.0);
    assertThat(WarehouseSizes.dbuPerHour("XX-Large")).isEqualTo(144.0);
    assertThat(WarehouseSizes.dbuPerHour("XXX-Large")).isEqualTo(272.0);
    assertThat(WarehouseSizes.dbuPerHour("2X Small")).isEqualTo(4.0);
    assertThat(WarehouseSizes.creditsPerHour("2X-Small")).isNull();
    assertThat(WarehouseSizes.creditsPerHour("Large")).isEqualTo(8.0);
    assertThat(WarehouseSizes.creditsPerHour("xlarge")).isEqualTo(16.0);
  }
}
