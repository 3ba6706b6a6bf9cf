package dev.rocky.compiler.bind;

import dev.rocky.core.lineage.Transform;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where the contributions of the expression being typed go. In value mode each value contribution is
 * composed with the expression's top-level transform; in indirect mode (a filter, join key, grouping
 * key, window key) every contribution becomes {@code indirect: role}. Contributions that are already
 * indirect keep their role in value mode (a window key of a CTE column stays a window key).
 */
final class LineageSink {
  final List<Contribution> items;
  private Transform valueTransform = Transform.DIRECT;
  private Transform.@Nullable Role role;
  private @Nullable String unresolved;
  boolean sawAggregate;

  LineageSink(List<Contribution> target) {
    this.items = target;
  }

  static LineageSink value(Transform top) {
    LineageSink s = new LineageSink(new ArrayList<>(4));
    s.valueTransform = top;
    return s;
  }

  static LineageSink indirect(List<Contribution> target, Transform.Role role) {
    LineageSink s = new LineageSink(target);
    s.role = role;
    return s;
  }

  /** Switches to indirect mode with {@code newRole} unless already indirect; returns the previous role. */
  Transform.@Nullable Role enterIndirect(Transform.Role newRole) {
    Transform.Role previous = role;
    if (previous == null) {
      role = newRole;
    }
    return previous;
  }

  void restoreRole(Transform.@Nullable Role previous) {
    role = previous;
  }

  void add(Contribution c) {
    Transform t = c.transform();
    Transform mapped;
    if (role != null) {
      mapped = Contribution.indirect(role);
    } else if (t instanceof Transform.Indirect) {
      mapped = t;
    } else {
      mapped = Contribution.compose(valueTransform, t);
    }
    items.add(mapped == t ? c : new Contribution(c.source(), mapped));
  }

  void addAll(List<Contribution> cs) {
    for (int i = 0, n = cs.size(); i < n; i++) {
      add(cs.get(i));
    }
  }

  void unresolved(@Nullable String reason) {
    if (reason != null && unresolved == null) {
      unresolved = reason;
    }
  }

  @Nullable String unresolvedReason() {
    return unresolved;
  }
}
