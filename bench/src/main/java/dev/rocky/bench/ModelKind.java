package dev.rocky.bench;

/** The four medallion layers, in dependency order, with the share of models each gets. */
public enum ModelKind {
  SOURCE("source", "src", 30),
  STAGING("staging", "stg", 30),
  INTERMEDIATE("intermediate", "int", 25),
  MART("marts", "fct", 15);

  private final String folder;
  private final String prefix;
  private final int percent;

  ModelKind(String folder, String prefix, int percent) {
    this.folder = folder;
    this.prefix = prefix;
    this.percent = percent;
  }

  /** The folder under {@code models/}, also used as the sidecar's target schema. */
  public String folder() {
    return folder;
  }

  /** The model-name prefix, e.g. {@code stg}. */
  public String prefix() {
    return prefix;
  }

  public int percent() {
    return percent;
  }
}
