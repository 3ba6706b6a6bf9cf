package dev.rocky.core.port;

import dev.rocky.core.project.SourceTable;
import java.util.List;

/**
 * Source schemas from a seed script: runs {@code data/seed.sql} in a throwaway database and
 * describes every table it created, so a project can be type-checked offline.
 */
public interface SeedCatalog {

  /**
   * @param seedSql the script's text
   * @param file the script's project-relative path, recorded on each table
   * @throws dev.rocky.core.error.RockyException with a user error when the script fails
   */
  List<SourceTable> describe(String seedSql, String file);
}
