package dev.rocky.fn.branch;

import dev.rocky.app.branch.Approval;
import dev.rocky.app.replay.CanonicalJson;
import dev.rocky.core.port.ProjectSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The approvals of a branch packed with the project snapshot, where {@code rocky branch approve}
 * writes them: {@code .rocky/approvals/<branch>/<digest>.json}, one canonical JSON document each.
 * They are not part of the project digest, so adding one does not make the branch stale. A file
 * that does not parse is skipped; an edited one parses and then fails the gate's check.
 */
final class SnapshotApprovals {
  static final String DIR = ".rocky/approvals/";

  private SnapshotApprovals() {}

  static List<Approval> of(ProjectSource snapshot, String branch) {
    String dir = DIR + branch;
    List<Approval> out = new ArrayList<>();
    if (!snapshot.isDirectory(dir)) {
      return out;
    }
    try {
      for (String path : snapshot.listFiles(dir).stream().filter(p -> p.endsWith(".json")).sorted().toList()) {
        try {
          out.add(CanonicalJson.read(snapshot.read(path).getBytes(StandardCharsets.UTF_8), Approval.class));
        } catch (IllegalArgumentException e) {
          // not an approval: ignored
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
