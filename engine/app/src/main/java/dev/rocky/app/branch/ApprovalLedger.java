package dev.rocky.app.branch;

import java.util.List;

/** Where approvals are kept: locally {@code .rocky/approvals/<branch>/<digest>.json}. */
public interface ApprovalLedger {

  /** The approvals stored for {@code branch}, as stored (an edited one is returned, and fails its check). */
  List<Approval> approvals(String branch);

  void add(Approval approval);
}
