/** The planner: turns compiled IR into a run plan of DAG layers and per-dialect SQL for each materialization strategy. */
@NullMarked
package dev.rocky.planner;

import org.jspecify.annotations.NullMarked;
