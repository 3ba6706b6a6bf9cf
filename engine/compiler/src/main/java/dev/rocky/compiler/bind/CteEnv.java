package dev.rocky.compiler.bind;

import org.jspecify.annotations.Nullable;

/** The CTEs visible at a point of the query, innermost first (an immutable linked list). */
record CteEnv(String name, BoundQuery query, @Nullable CteEnv next) {

  static @Nullable BoundQuery find(@Nullable CteEnv env, String name) {
    for (CteEnv e = env; e != null; e = e.next) {
      if (e.name.equalsIgnoreCase(name)) {
        return e.query;
      }
    }
    return null;
  }
}
