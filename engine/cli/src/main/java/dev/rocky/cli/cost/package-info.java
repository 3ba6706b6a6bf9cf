/**
 * The cost commands on the command line: {@code rocky cost <run_id|latest>} (a recorded run's cost
 * by model, tag or layer), {@code rocky cost --trend <model>}, {@code rocky preview cost [base_ref]}
 * (the projected cost of a change, with Markdown for the pull request). The local wiring reads the
 * embedded state file; the work is done by {@code dev.rocky.app.cost}.
 */
@NullMarked
package dev.rocky.cli.cost;

import org.jspecify.annotations.NullMarked;
