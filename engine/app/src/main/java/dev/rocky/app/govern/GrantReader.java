package dev.rocky.app.govern;

import dev.rocky.planner.govern.GrantSql.Held;
import dev.rocky.planner.govern.Securable;
import java.util.List;

/** Where the current grants come from: the warehouse, or a snapshot of it. */
@FunctionalInterface
public interface GrantReader {
  /** Nobody holds anything. */
  GrantReader NONE = on -> List.of();

  /** The privileges granted on {@code on}, by principal. */
  List<Held> current(Securable on);
}
