/** The prebuilt search index: a small document list and column shards, loaded by the browser on demand. */
@NullMarked
package dev.rocky.catalog.search;

import org.jspecify.annotations.NullMarked;
