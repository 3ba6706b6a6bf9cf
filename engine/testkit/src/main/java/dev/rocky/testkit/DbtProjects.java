package dev.rocky.testkit;

import java.nio.file.Path;
import java.util.Map;

/**
 * dbt projects bundled under {@code dbt/<name>/} on the test classpath, for the import-dbt tests:
 * {@code jaffle_shop}, a jaffle-shop-shaped project (seeds for customers, orders and payments;
 * staging models on {@code ref} and {@code source}; marts with a var, an ephemeral model,
 * incremental models with {@code is_incremental()}, a Jinja loop, generic and unit tests).
 */
public final class DbtProjects {
  public static final String JAFFLE_SHOP = "jaffle_shop";

  private DbtProjects() {}

  /** The project's files as an in-memory project source. */
  public static InMemoryProjectSource open(String name) {
    return ClasspathTrees.open("memory:/dbt/" + name, files(name));
  }

  /** Copies the project into {@code target} (created if needed) and returns {@code target}. */
  public static Path copyTo(String name, Path target) {
    return ClasspathTrees.copy(files(name), target);
  }

  /** The project's files by project-relative path, sorted. */
  public static Map<String, String> files(String name) {
    return ClasspathTrees.files("/dbt/" + name, "dbt_project.yml", "dbt project '" + name + "'");
  }
}
