package dev.rocky.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The generator's only source of randomness. {@link Random}'s algorithm is fixed by its
 * specification, so a seed gives the same project on every JDK.
 */
final class Dice {
  private final Random random;

  Dice(long seed) {
    this.random = new Random(seed);
  }

  /** An independent stream derived from a project seed, so that one part (say the seed rows) can change without moving the others. */
  static Dice stream(long seed, int stream) {
    long z = seed + 0x9E3779B97F4A7C15L * (stream + 1);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Dice(z ^ (z >>> 31));
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  /** A uniform integer in {@code [low, high]}. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  <T> T pick(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return items.get(random.nextInt(items.size()));
  }

  /** {@code count} distinct items, in the order they were drawn. */
  <T> List<T> sample(List<T> items, int count) {
    List<T> pool = new ArrayList<>(items);
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count && !pool.isEmpty(); i++) {
      out.add(pool.remove(random.nextInt(pool.size())));
    }
    return out;
  }

  /** A random permutation of {@code 0..n-1}. */
  int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }
}
