/**
 * The Rocky DSL ({@code models/*.rocky}): a hand-written lexer and recursive-descent parser for
 * Rocky's pipeline syntax, and its lowering to SQL with a position map, so that a {@code .rocky}
 * model type-checks like any SQL model and its diagnostics point into the {@code .rocky} file.
 */
@NullMarked
package dev.rocky.compiler.dsl;

import org.jspecify.annotations.NullMarked;
