package dev.rocky.cli.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TemplateTest {
  private static final Path SOURCES = Path.of("src/main/resources/templates");

  @Test
  void eachIndexListsExactlyTheFilesOfItsTemplate() throws Exception {
    for (Template template : Template.values()) {
      Path root = SOURCES.resolve(template.name().toLowerCase(java.util.Locale.ROOT));
      Set<String> onDisk = new TreeSet<>();
      try (Stream<Path> files = Files.walk(root)) {
        files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
            .filter(p -> !p.equals("index.txt")).forEach(onDisk::add);
      }
      List<Template.Entry> entries = template.entries();
      assertThat(entries.stream().map(Template.Entry::resource).toList()).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(entries.stream().map(Template.Entry::resource).toList())).as("%s", template).isEqualTo(onDisk);
      for (Template.Entry entry : entries) {
        assertThat(template.bytes(entry)).isNotEmpty();
      }
    }
  }

  @Test
  void targetsStayInsideTheProject() {
    assertThatThrownBy(() -> new Template.Entry("x", "../x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Template.Entry("x", "/etc/x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theDotFilesAreRenamedOnTheWayOut() throws Exception {
    assertThat(Template.PLAYGROUND.entries()).contains(new Template.Entry("gitignore", ".gitignore"));
  }
}
