/**
 * A fast path for Calcite's core parser: a hand-written lexer and recursive-descent parser for the
 * SELECT subset most models use, building exactly the trees (nodes, operators, positions) that
 * {@code SqlParserImpl} builds, and giving up (so that Calcite parses) on anything else.
 */
@NullMarked
package dev.rocky.compiler.sql.fast;

import org.jspecify.annotations.NullMarked;
