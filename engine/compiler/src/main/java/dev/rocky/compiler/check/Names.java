package dev.rocky.compiler.check;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Name helpers for messages: quoting lists and "did you mean" hints. */
final class Names {
  private Names() {}

  /** The closest candidate within two edits (case-insensitive), for a "did you mean" hint. */
  static Optional<String> closest(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = 3;
    for (String c : candidates.stream().sorted().toList()) {
      int d = distance(wanted, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code " (did you mean 'x'?)"} or an empty string. */
  static String didYouMean(String name, Collection<String> candidates) {
    return closest(name, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** {@code a, b, c} for at most {@code limit} items, then {@code +N more}. */
  static String list(List<String> items, int limit) {
    String shown = items.stream().limit(limit).collect(Collectors.joining(", "));
    return items.size() > limit ? shown + ", +" + (items.size() - limit) + " more" : shown;
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
