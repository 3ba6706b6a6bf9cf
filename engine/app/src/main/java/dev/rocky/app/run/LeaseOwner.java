package dev.rocky.app.run;

import java.util.Objects;
import java.util.Optional;

/**
 * Who holds a run lease, spelt {@code host:pid:run-id}, so that a run on the same machine can tell
 * that the holder's process is gone (killed, crashed) and take the lease over instead of waiting for
 * it to lapse. A holder on another machine, or a live process, is always waited for.
 */
record LeaseOwner(String host, long pid, String runId) {

  LeaseOwner {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(runId, "runId");
  }

  static LeaseOwner current(String host, String runId) {
    return new LeaseOwner(host, ProcessHandle.current().pid(), runId);
  }

  /** Parses {@code host:pid:run-id}; empty for an owner written some other way. */
  static Optional<LeaseOwner> parse(String owner) {
    int last = owner.lastIndexOf(':');
    int middle = last <= 0 ? -1 : owner.lastIndexOf(':', last - 1);
    if (middle <= 0) {
      return Optional.empty();
    }
    try {
      long pid = Long.parseLong(owner.substring(middle + 1, last));
      return Optional.of(new LeaseOwner(owner.substring(0, middle), pid, owner.substring(last + 1)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  String id() {
    return host + ":" + pid + ":" + runId;
  }

  /** Whether this owner is a process of {@code localHost} that no longer runs. */
  boolean isGoneFrom(String localHost) {
    return host.equals(localHost) && pid != ProcessHandle.current().pid()
        && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }
}
