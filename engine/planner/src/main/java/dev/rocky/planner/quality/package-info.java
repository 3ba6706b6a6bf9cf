/**
 * The SQL of data quality, for any dialect: the assertion vocabulary ({@link
 * dev.rocky.planner.quality.AssertionKind}), the query that counts an assertion's failures
 * ({@link dev.rocky.planner.quality.AssertionSql}), the statements that split, tag or drop failing
 * rows ({@link dev.rocky.planner.quality.QuarantineSql}), the pipeline checks' queries
 * ({@link dev.rocky.planner.quality.CheckSql}) and the fixture tables of unit tests
 * ({@link dev.rocky.planner.quality.FixtureSql}). Identifiers go through the dialect's quoting;
 * the only user text spliced as written is a check's SQL expression, filter or custom query, and
 * only after {@link dev.rocky.planner.quality.SqlFragments} has refused anything that could end
 * the statement or escape its parentheses.
 */
@NullMarked
package dev.rocky.planner.quality;

import org.jspecify.annotations.NullMarked;
