/** The compiler: loads a project, builds the DAG, parses with Calcite, infers column types and lineage, checks contracts and lints. */
@NullMarked
package dev.rocky.compiler;

import org.jspecify.annotations.NullMarked;
