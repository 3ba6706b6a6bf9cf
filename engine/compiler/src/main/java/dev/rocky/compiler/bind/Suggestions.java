package dev.rocky.compiler.bind;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** "Did you mean" helpers: the closest name by edit distance, within a distance that makes sense. */
final class Suggestions {
  private Suggestions() {}

  /** The candidate closest to {@code wanted} (case-insensitive), or null when none is close enough. */
  static @Nullable String closest(String wanted, Iterable<String> candidates) {
    String w = wanted.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, w.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      String lc = c.toLowerCase(Locale.ROOT);
      int d = distance(w, lc, limit);
      if (lc.endsWith("." + w) || w.endsWith("." + lc)) {
        d = Math.min(d, 1); // a missing or extra qualifier is as close as it gets
      }
      if (d <= limit && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed {@code limit}. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** Up to {@code max} names joined with ", ", with "..." when there are more. */
  static String list(Iterable<String> names, int max) {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (String s : names) {
      if (n == max) {
        sb.append(", ...");
        break;
      }
      if (n > 0) {
        sb.append(", ");
      }
      sb.append(s);
      n++;
    }
    return sb.toString();
  }
}
