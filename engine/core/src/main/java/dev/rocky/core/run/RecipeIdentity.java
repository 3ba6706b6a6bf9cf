package dev.rocky.core.run;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a model execution was built from, content-addressed: every hash is the lower-case hex
 * SHA-256 of a canonical JSON document (keys sorted at every level, no whitespace, nulls omitted).
 *
 * @param recipeHash the compiled model: executable SQL, typed columns, strategy, target, lineage
 * @param inputHash the identity of every input it read (on DuckDB, the SHA-256 of each input's
 *     Parquet snapshot); null when it read no inputs or they could not be identified
 * @param inputProofClass {@code strong} when every input is content-addressed, {@code heuristic} otherwise
 * @param envHash engine version, adapter and its version, dialect
 * @param hashScheme how the hashes were computed, e.g. {@code sha256-v1}
 * @param outputHash the order-independent content hash of the output, computed in the warehouse
 * @param provenance the artifact key of the replay record (recipe, inputs, output hashes per column)
 */
public record RecipeIdentity(
    String recipeHash,
    @Nullable String inputHash,
    @Nullable String inputProofClass,
    String envHash,
    String hashScheme,
    @Nullable String outputHash,
    @Nullable String provenance) {

  /** The scheme of this engine: SHA-256 over canonical JSON. */
  public static final String SCHEME = "sha256-v1";

  public RecipeIdentity {
    requireHash(Objects.requireNonNull(recipeHash, "recipeHash"), "recipeHash");
    requireHash(Objects.requireNonNull(envHash, "envHash"), "envHash");
    Objects.requireNonNull(hashScheme, "hashScheme");
    if (inputHash != null) {
      requireHash(inputHash, "inputHash");
    }
    if (provenance != null) {
      requireHash(provenance, "provenance");
    }
  }

  private static void requireHash(String value, String what) {
    if (value.length() != 64 || !value.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException(what + " is not a lower-case hex SHA-256: " + value);
    }
  }
}
