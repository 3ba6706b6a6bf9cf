package dev.rocky.app.lineagediff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A file git reports as changed: its status letter ({@code A}dded, {@code M}odified, {@code D}eleted,
 * {@code R}enamed, {@code C}opied, ...), its path and, for a rename or copy, the previous path. Paths
 * are '/'-separated.
 */
public record ChangedFile(char status, String path, @Nullable String oldPath) {
  public ChangedFile {
    Objects.requireNonNull(path, "path");
  }

  /** Parses {@code git diff --name-status} output: {@code <status>\t<path>} or {@code R100\t<old>\t<new>}. */
  public static List<ChangedFile> parseNameStatus(String text) {
    List<ChangedFile> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t", 3);
      if (parts.length < 2 || parts[0].isEmpty()) {
        continue;
      }
      char status = parts[0].charAt(0);
      if ((status == 'R' || status == 'C') && parts.length == 3) {
        out.add(new ChangedFile(status, parts[2], parts[1]));
      } else {
        out.add(new ChangedFile(status, parts[1], null));
      }
    }
    return out;
  }
}
