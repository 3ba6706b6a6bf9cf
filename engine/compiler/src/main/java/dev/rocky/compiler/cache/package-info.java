/** The incremental compile cache: per-model analyses keyed by content hashes, kept in one checksummed file. */
@NullMarked
package dev.rocky.compiler.cache;

import org.jspecify.annotations.NullMarked;
