/**
 * Replication pipelines: discovery through a source adapter, each table copied on the warehouse by
 * its strategy with schema drift handled first, watermarks committed for the tables that succeeded.
 */
@NullMarked
package dev.rocky.app.replication;

import org.jspecify.annotations.NullMarked;
