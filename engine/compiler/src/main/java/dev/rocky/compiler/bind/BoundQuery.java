package dev.rocky.compiler.bind;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The output of a bound query: its columns, the contributions that shape all of its rows (filters,
 * join keys, grouping keys, including those inherited from the relations it reads), and whether its
 * column list is complete. When it is not, {@code openOrigin} names the single upstream table whose
 * unexpanded columns pass through (so that {@code x} can still be traced to {@code origin.x}), or is
 * null when that is ambiguous, with {@code incompleteReason} saying why.
 */
record BoundQuery(
    List<BoundColumn> columns,
    List<Contribution> rowShaping,
    @Nullable String rowShapingUnresolved,
    boolean complete,
    @Nullable String openOrigin,
    @Nullable String incompleteReason) {}
