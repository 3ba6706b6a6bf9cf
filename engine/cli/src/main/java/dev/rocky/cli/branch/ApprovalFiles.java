package dev.rocky.cli.branch;

import dev.rocky.app.branch.Approval;
import dev.rocky.app.branch.ApprovalLedger;
import dev.rocky.app.replay.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Approvals as files, as Rocky keeps them: {@code .rocky/approvals/<branch>/<digest>.json}, one
 * canonical JSON document each. A file that does not parse is skipped; one edited by hand parses
 * and then fails the gate's digest check.
 */
final class ApprovalFiles implements ApprovalLedger {
  private final Path dir;

  ApprovalFiles(Path projectRoot) {
    this.dir = projectRoot.resolve(".rocky").resolve("approvals");
  }

  @Override
  public List<Approval> approvals(String branch) {
    Path branchDir = dir.resolve(branch);
    if (!Files.isDirectory(branchDir)) {
      return List.of();
    }
    List<Approval> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(branchDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
        try {
          out.add(CanonicalJson.read(Files.readAllBytes(f), Approval.class));
        } catch (IllegalArgumentException e) {
          // not an approval: ignored
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Override
  public void add(Approval approval) {
    Path file = dir.resolve(approval.branch()).resolve(approval.digest() + ".json");
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, CanonicalJson.bytes(approval));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file of an approval, project-relative. */
  static String relative(Approval approval) {
    return ".rocky/approvals/" + approval.branch() + "/" + approval.digest() + ".json";
  }
}
