/** Column-level lineage: column references, edges and how a value is transformed along an edge. */
@NullMarked
package dev.rocky.core.lineage;

import org.jspecify.annotations.NullMarked;
