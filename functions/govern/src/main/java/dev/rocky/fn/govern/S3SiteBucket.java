package dev.rocky.fn.govern;

import dev.rocky.core.error.RockyException;
import dev.rocky.core.state.StoreErrorCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The catalog bucket in S3: each file put under the prefix with its content type, so that the
 * bucket (or CloudFront before it) serves the site as it is. Files of an earlier site that this one
 * no longer has are left in place; the pages link only to the current ones.
 */
public record S3SiteBucket(S3Client s3, String bucket, String prefix) implements SiteBucket {
  private static final int ATTEMPTS = 3;
  private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "js",
      "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "json", "application/json", "svg",
      "image/svg+xml", "txt", "text/plain; charset=utf-8");

  public S3SiteBucket {
    prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
  }

  @Override
  public int upload(Path site) {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (Path file : files) {
      String key = prefix + site.relativize(file).toString().replace('\\', '/');
      put(key, file);
    }
    return files.size();
  }

  /**
   * One file, tried up to {@value #ATTEMPTS} times: a connection dropped in the middle of a put
   * (which the SDK may report as an {@link UncheckedIOException}) is tried again; a failure that
   * lasts is transient for the state machine, which retries the step.
   */
  private void put(String key, Path file) {
    RuntimeException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(type(file)), RequestBody.fromFile(file));
        return;
      } catch (SdkException | UncheckedIOException e) {
        last = e;
        pause(attempt);
      }
    }
    throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "writing s3://" + bucket + "/" + key + " failed "
        + ATTEMPTS + " times: " + last.getMessage(), last);
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(100L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }
}
