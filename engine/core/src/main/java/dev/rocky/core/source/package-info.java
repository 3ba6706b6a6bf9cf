/** What replication discovery finds (sources and their tables), and the manual source adapter. */
@NullMarked
package dev.rocky.core.source;

import org.jspecify.annotations.NullMarked;
