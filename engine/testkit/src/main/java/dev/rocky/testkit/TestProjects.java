package dev.rocky.testkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * Fixture projects bundled under {@code projects/<name>/} on the test classpath (for example
 * {@code shop}, an e-commerce medallion project on DuckDB). Open one in memory, or copy it to a
 * directory to run against files on disk.
 */
public final class TestProjects {
  /** The e-commerce fixture: raw sources, staging, intermediate and mart models on DuckDB. */
  public static final String SHOP = "shop";

  /** The binder's fixture: typed raw sources and 37 models exercising every SQL construct. */
  public static final String TYPED = "typed";

  /** One value through a CTE over a star, a window, a UNION, a CASE and an aggregate; plus an unresolved star. */
  public static final String LINEAGE = "lineage";

  /** Classified people data on DuckDB: five classified columns (one inherited, one tag with no strategy), grants, roles. */
  public static final String GOVERNED = "governed";

  private TestProjects() {}

  /** The project's files as an in-memory project source. */
  public static InMemoryProjectSource open(String name) {
    return ClasspathTrees.open("memory:/" + name, files(name));
  }

  /** Copies the project into {@code target} (created if needed) and returns {@code target}. */
  public static Path copyTo(String name, Path target) {
    return ClasspathTrees.copy(files(name), target);
  }

  /** The project's files by project-relative path, sorted. */
  public static Map<String, String> files(String name) {
    return ClasspathTrees.files("/projects/" + name, "rocky.toml", "fixture project '" + name + "'");
  }
}
