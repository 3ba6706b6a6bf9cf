package dev.rocky.app.load;

/**
 * How the files' rows meet their target tables.
 *
 * @param create create a missing schema and table (with the file's columns) instead of failing
 * @param truncate empty each target once, before its first file's rows
 * @param replace replace each target by its file's rows and columns (seeds)
 */
public record LoadOptions(boolean create, boolean truncate, boolean replace) {

  /** {@code rocky load}: append, with {@code --create} and {@code --truncate}. */
  public static LoadOptions append(boolean create, boolean truncate) {
    return new LoadOptions(create, truncate, false);
  }

  /** {@code rocky seed}: each seed's table is replaced by its file. */
  public static LoadOptions replacing() {
    return new LoadOptions(true, false, true);
  }
}
