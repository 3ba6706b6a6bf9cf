package dev.rocky.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** The constants of {@link RockyType} are set whichever of RockyType and its Simple enum the JVM loads first. */
class RockyTypeInitTest {

  @Test
  void touchingTheSimpleEnumFirstLeavesNoConstantNull() throws Exception {
    URL classes = RockyType.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, ClassLoader.getPlatformClassLoader())) {
      Class<?> simple = Class.forName("dev.rocky.core.types.RockyType$Simple", true, fresh);
      assertThat(simple.getEnumConstants()).hasSize(RockyType.Simple.values().length);
      Class<?> type = Class.forName("dev.rocky.core.types.RockyType", true, fresh);
      for (String constant : new String[] {"UNKNOWN", "INT64", "STRING", "TIMESTAMP"}) {
        assertThat(type.getField(constant).get(null)).as(constant).isNotNull();
      }
    }
  }
}
