/**
 * The local wiring of branches, plan/apply, replay and the audit trail: state in
 * {@code .rocky/state.sqlite}, artifacts in {@code .rocky/artifacts}, approvals in
 * {@code .rocky/approvals/<branch>/}, plans in {@code .rocky/plans/}, replays on in-memory DuckDB.
 */
@NullMarked
package dev.rocky.cli.branch;

import org.jspecify.annotations.NullMarked;
