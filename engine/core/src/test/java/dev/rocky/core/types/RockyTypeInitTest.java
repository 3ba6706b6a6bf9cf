package dev.rocky.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class RockyTypeInitTest {

  /** Touching the enum before the interface must not leave the interface's constants null. */
  @Test
  void constantsAreSetWhicheverClassIsInitialisedFirst() throws Exception {
    URL classes = RockyType.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class<?> simple = Class.forName("dev.rocky.core.types.RockyType$Simple", true, fresh);
      assertThat(simple.getEnumConstants()).isNotEmpty();
      Class<?> rockyType = Class.forName("dev.rocky.core.types.RockyType", true, fresh);
      assertThat(rockyType.getField("INT64").get(null)).isNotNull().hasToString("Int64");
      assertThat(rockyType.getField("UNKNOWN").get(null)).isNotNull();
    }
  }

  @Test
  void predicatesHoldForEveryKind() {
    assertThat(RockyType.INT32.isInteger()).isTrue();
    assertThat(RockyType.FLOAT64.isNumeric()).isTrue();
    assertThat(new RockyType.Decimal(10, 2).isNumeric()).isTrue();
    assertThat(new RockyType.Decimal(10, 2).isInteger()).isFalse();
    assertThat(RockyType.TIMESTAMP_NTZ.isTemporal()).isTrue();
    assertThat(new RockyType.Array(RockyType.DATE).isTemporal()).isFalse();
    assertThat(RockyType.UNKNOWN.isUnknown()).isTrue();
  }
}
