package dev.rocky.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LambdaBundleTest {

  @Test
  void findsHandlerClassesInTheBundlesJars(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    jar(dir.resolve("lib/rocky-function-run.jar"), "dev/rocky/fn/run/RunHandler.class");
    jar(dir.resolve("lib/other.jar"), "org/example/Thing.class");
    LambdaBundle bundle = LambdaBundle.read(dir);
    assertThat(bundle.has("dev.rocky.fn.run.RunHandler")).isTrue();
    assertThat(bundle.has("dev.rocky.fn.cost.CostHandler")).isFalse();
  }

  @Test
  void aMissingBundleSaysHowToBuildIt(@TempDir Path dir) {
    assertThatThrownBy(() -> LambdaBundle.read(dir.resolve("absent")))
        .isInstanceOf(LambdaBundle.BundleMissing.class)
        .hasMessageContaining("no Lambda bundle at")
        .hasMessageContaining("-pl infra/lambda-bundle -am package");
  }

  @Test
  void aDamagedJarIsNamed(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("lib"));
    Files.writeString(dir.resolve("lib/broken.jar"), "not a zip");
    assertThatThrownBy(() -> LambdaBundle.read(dir))
        .isInstanceOf(LambdaBundle.BundleMissing.class)
        .hasMessageContaining("broken.jar is not a readable jar");
  }

  private static void jar(Path file, String entry) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
      zip.closeEntry();
    }
  }
}
