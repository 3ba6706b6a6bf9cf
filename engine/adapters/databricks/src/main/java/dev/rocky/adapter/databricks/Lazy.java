package dev.rocky.adapter.databricks;

import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** A value built on first use, once, even when several threads ask at the same time. */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> factory;
  private volatile @Nullable T value;

  Lazy(Supplier<T> factory) {
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(factory.get(), "factory result");
          value = v;
        }
      }
    }
    return v;
  }

  /** Whether the value has been built. */
  boolean isBuilt() {
    return value != null;
  }

  /** The value if it has been built, without building it. */
  @Nullable T ifBuilt() {
    return value;
  }
}
