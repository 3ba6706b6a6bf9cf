package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleCronTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 6 * * *        | cron(0 6 * * ? *)",
      "*/15 * * * *     | cron(*/15 * * * ? *)",
      "0 2 1 * *        | cron(0 2 1 * ? *)",
      "30 5 * * 1-5     | cron(30 5 ? * 2-6 *)",
      "0 0 * * 0        | cron(0 0 ? * 1 *)",
      "0 0 * * 7        | cron(0 0 ? * 1 *)",
      "0 0 * * 0,6      | cron(0 0 ? * 1,7 *)",
      "0 0 * * 5-7      | cron(0 0 ? * 6-7,1 *)",
      "0 0 * * 0-6      | cron(0 0 ? * 1-7 *)",
      "0 9 * * MON-FRI  | cron(0 9 ? * MON-FRI *)",
      "0 9 * * mon      | cron(0 9 ? * MON *)",
  })
  void fiveFieldCronBecomesASchedulerExpression(String cron, String expected) {
    assertThat(ScheduleCron.toScheduler(cron)).isEqualTo(expected);
  }

  @Test
  void bothDayFieldsCannotBeScheduledAndTheMessageSaysWhy() {
    assertThatThrownBy(() -> ScheduleCron.toScheduler("0 6 1 * 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both day-of-month and day-of-week")
        .hasMessageContaining("keep one of them '*'");
  }

  @Test
  void aWrongFieldCountNamesTheExpectedShape() {
    assertThatThrownBy(() -> ScheduleCron.toScheduler("0 6 * * * *"))
        .hasMessageContaining("has 6 fields; write 5");
  }
}
