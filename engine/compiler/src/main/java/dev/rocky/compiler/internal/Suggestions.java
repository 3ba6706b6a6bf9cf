package dev.rocky.compiler.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "Did you mean" by edit distance, for unknown keys and unknown names. Not API. */
public final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code word}, if it is close enough to be a likely typo. */
  public static Optional<String> closest(String word, Collection<String> candidates) {
    int limit = Math.max(2, word.length() / 3);
    return candidates.stream()
        .min(Comparator.<String>comparingInt(c -> distance(word, c)).thenComparing(Comparator.naturalOrder()))
        .filter(c -> distance(word, c) <= limit);
  }

  /** "did you mean 'x'? valid keys: a, b, c", or just the list when nothing is close. */
  public static String suggestion(String word, Collection<String> candidates, String what) {
    List<String> sorted = candidates.stream().sorted().toList();
    String list = sorted.isEmpty() ? "none" : String.join(", ", sorted);
    return closest(word, sorted)
        .map(c -> "did you mean '" + c + "'? valid " + what + ": " + list)
        .orElse("remove it or use one of the valid " + what + ": " + list);
  }

  /** Levenshtein distance, case-insensitive. */
  public static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
