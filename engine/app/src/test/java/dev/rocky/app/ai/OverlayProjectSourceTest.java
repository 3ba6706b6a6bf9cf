package dev.rocky.app.ai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.testkit.InMemoryProjectSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlayProjectSourceTest {

  @Test
  void addsAndReplacesFilesWithoutTouchingTheBase() throws Exception {
    InMemoryProjectSource base = InMemoryProjectSource.of(Map.of("models/a.sql", "A", "models/b.sql", "B"));
    OverlayProjectSource overlay = new OverlayProjectSource(base,
        Map.of("models/b.sql", "B2", "models/c.sql", "C", "extra/d.sql", "D"));

    assertThat(overlay.listFiles("models")).containsExactly("models/a.sql", "models/b.sql", "models/c.sql");
    assertThat(overlay.read("models/b.sql")).isEqualTo("B2");
    assertThat(overlay.read("models/a.sql")).isEqualTo("A");
    assertThat(overlay.isDirectory("extra")).isTrue();
    assertThat(overlay.isFile("models/c.sql")).isTrue();
    assertThat(overlay.version("models/c.sql")).isNull();
    assertThat(base.files()).doesNotContainKey("models/c.sql").containsEntry("models/b.sql", "B");
  }
}
