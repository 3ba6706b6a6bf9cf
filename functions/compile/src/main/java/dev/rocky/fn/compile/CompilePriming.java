package dev.rocky.fn.compile;

import dev.rocky.fn.support.FunctionJson;
import dev.rocky.fn.support.Invocation;
import dev.rocky.core.memory.MemoryArtifactStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Compiles the tiny project bundled under {@code priming/} through a whole invocation (decode, read
 * the zip, parse, bind, type, lineage, plan, write the artifacts, encode) against an in-memory
 * store: Calcite's parser and validator, Jackson's serializers and the handler's own classes are
 * loaded and warmed before the snapshot. Nothing of it is kept.
 */
public final class CompilePriming {
  private static final String ROOT = "/dev/rocky/fn/compile/priming/";
  /** A fixed invocation: nothing random or time-based is made during priming. */
  private static final Invocation PRIMING = new Invocation("priming", Duration.ofMinutes(15));

  private CompilePriming() {}

  /** Runs one compile of the bundled project; returns the response, which must have no errors. */
  static CompileResponse run() {
    MemoryArtifactStore artifacts = new MemoryArtifactStore();
    String snapshot = artifacts.put(bundledProject());
    CompileHandler handler = new CompileHandler(CompileWiring.inMemory(artifacts));
    byte[] response = handler.invoke(FunctionJson.bytes(CompileRequest.of(snapshot)), PRIMING);
    return FunctionJson.read(response, CompileResponse.class);
  }

  /** The bundled project as a zip, as CI would upload it. */
  public static byte[] bundledProject() {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
      for (String path : resource("files.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
        zip.putNextEntry(new ZipEntry(path));
        zip.write(resource(path).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zipped.toByteArray();
  }

  private static String resource(String path) {
    try (InputStream in = CompilePriming.class.getResourceAsStream(ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("the priming project lacks " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
