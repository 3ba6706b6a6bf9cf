package dev.rocky.app.branch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.port.ProjectSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ProjectDigestTest {

  /** Files in a map. */
  record Files(Map<String, String> files) implements ProjectSource {
    @Override
    public String root() {
      return "mem:";
    }

    @Override
    public boolean isFile(String path) {
      return files.containsKey(path);
    }

    @Override
    public boolean isDirectory(String path) {
      return files.keySet().stream().anyMatch(f -> f.startsWith(path + "/"));
    }

    @Override
    public List<String> listFiles(String dir) {
      return files.keySet().stream().filter(f -> f.startsWith(dir + "/")).sorted().toList();
    }

    @Override
    public String read(String path) {
      return files.get(path);
    }
  }

  private static ProjectDigest digest(Map<String, String> files) {
    return ProjectDigest.of(new Files(new TreeMap<>(files)), "rocky.toml", "models", null);
  }

  @Test
  void coversConfigModelsAndSourcesOnlyAndNamesWhatChanged() {
    Map<String, String> files = Map.of("rocky.toml", "[adapter.x]", "models/a.sql", "SELECT 1", "models/a.toml", "",
        "sources/raw.toml", "[[table]]", "data/seed.sql", "INSERT", "README.md", "hi");
    ProjectDigest one = digest(files);

    assertThat(one.files()).containsOnlyKeys("rocky.toml", "models/a.sql", "models/a.toml", "sources/raw.toml");
    assertThat(one.sha256()).matches("[0-9a-f]{64}").isEqualTo(digest(files).sha256());
    Map<String, String> data = new TreeMap<>(files);
    data.put("data/seed.sql", "INSERT more");
    assertThat(digest(data).sha256()).isEqualTo(one.sha256());

    Map<String, String> edited = new TreeMap<>(files);
    edited.put("models/a.sql", "SELECT 2");
    edited.put("models/b.sql", "SELECT 3");
    ProjectDigest two = digest(edited);
    assertThat(two.sha256()).isNotEqualTo(one.sha256());
    assertThat(two.changedSince(one)).containsExactly("models/a.sql", "models/b.sql");
  }
}
