package dev.rocky.core.port;

import dev.rocky.core.source.DiscoveredSource;
import java.util.List;

/**
 * Where a replication pipeline learns what to copy: the source schemas whose names start with a
 * prefix, and their tables. Metadata only: a source adapter never reads or moves rows (the copy
 * runs on the warehouse). Failures are {@link dev.rocky.core.error.RockyException}s; an unreachable
 * service is an external error naming what failed, and a credential never appears in a message.
 */
public interface SourceAdapter extends AutoCloseable {

  /** The {@code source_type} reported for what this adapter finds, e.g. {@code fivetran}, {@code manual}. */
  String sourceType();

  /** The sources whose schema starts with {@code schemaPrefix}, sorted by schema, each with its tables sorted by name. */
  List<DiscoveredSource> discover(String schemaPrefix);

  @Override
  default void close() {}
}
