package dev.rocky.fn.govern;

import java.nio.file.Path;

/** Where the catalog site is published: a bucket (S3 in AWS), under a prefix. */
public interface SiteBucket {

  String bucket();

  /** The key prefix, ending in {@code /} (or empty). */
  String prefix();

  /** Writes every file under {@code site} to the bucket under the prefix, by its relative path; returns how many. */
  int upload(Path site);
}
