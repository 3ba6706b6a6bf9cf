/**
 * SQL text and nothing else: the dialects (identifier quoting, literals), validated table names, the
 * statements each materialization issues, and a small lexer for splicing model SQL safely.
 */
@NullMarked
package dev.rocky.planner.sql;

import org.jspecify.annotations.NullMarked;
