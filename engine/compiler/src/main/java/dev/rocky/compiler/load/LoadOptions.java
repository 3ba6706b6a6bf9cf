package dev.rocky.compiler.load;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the project's parts live, relative to the project root. {@code modelsDir} null means: the
 * directory of the first transformation pipeline's {@code models} glob, else {@code models}.
 * {@code contractsDir} null means no explicit contracts (the CLI's {@code --contracts}).
 */
public record LoadOptions(String configFile, @Nullable String modelsDir, @Nullable String contractsDir) {

  public LoadOptions {
    configFile = clean(Objects.requireNonNull(configFile, "configFile"));
    modelsDir = modelsDir == null ? null : clean(modelsDir);
    contractsDir = contractsDir == null ? null : clean(contractsDir);
  }

  /** {@code rocky.toml}, {@code models}, no explicit contracts. */
  public static LoadOptions defaults() {
    return new LoadOptions("rocky.toml", "models", null);
  }

  private static String clean(String path) {
    String p = path.replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/") && p.length() > 1) {
      p = p.substring(0, p.length() - 1);
    }
    return p.equals(".") ? "" : p;
  }
}
