package dev.rocky.planner.replication;

import java.util.List;

/** What a replication run copies, in source schema then table order, and what it leaves out. */
public record ReplicationPlan(List<TableTask> tasks, List<ExcludedTable> excluded) {
  public ReplicationPlan {
    tasks = List.copyOf(tasks);
    excluded = List.copyOf(excluded);
  }
}
