/**
 * Lineage as the commands and functions show it: Rocky's {@code LineageOutput} and
 * {@code ColumnLineageOutput} payloads built from the compiler's
 * {@link dev.rocky.compiler.lineage.LineageGraph}, target parsing ({@code model} or
 * {@code model.column}) and Graphviz DOT rendering.
 */
@NullMarked
package dev.rocky.app.lineage;

import org.jspecify.annotations.NullMarked;
