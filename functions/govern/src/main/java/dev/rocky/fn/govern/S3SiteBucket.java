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
      try {
        s3.putObject(b -> b.bucket(bucket).key(key).contentType(type(file)), RequestBody.fromFile(file));
      } catch (SdkException e) {
        throw new RockyException(StoreErrorCode.ARTIFACT_UNAVAILABLE, "writing s3://" + bucket + "/" + key + " failed: "
            + e.getMessage(), e);
      }
    }
    return files.size();
  }

  private static String type(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
  }
}
