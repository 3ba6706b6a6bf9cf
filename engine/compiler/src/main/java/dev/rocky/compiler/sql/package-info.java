/**
 * Reading a model's SQL: placeholder substitution that keeps positions exact, Calcite's parser (core
 * first, Babel as a fallback), E004 for SQL that cannot be read, and the table references of a query.
 */
@NullMarked
package dev.rocky.compiler.sql;

import org.jspecify.annotations.NullMarked;
