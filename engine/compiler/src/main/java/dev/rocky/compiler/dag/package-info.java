/** The model DAG: edges from depends_on and SQL references, cycle reporting, execution layers. */
@NullMarked
package dev.rocky.compiler.dag;

import org.jspecify.annotations.NullMarked;
