/**
 * Branches, approvals and promotion. A branch is a schema prefix ({@code branch__<name>}) that
 * {@code rocky run --branch} builds into; {@link dev.rocky.app.branch.PromotionService} replaces
 * production tables from the branch's last run behind two gates: approvals bound to the SHA-256 of
 * the project's files ({@link dev.rocky.app.branch.ProjectDigest}) and the lineage-diff
 * classification of the branch against what production was last built from.
 */
@NullMarked
package dev.rocky.app.branch;

import org.jspecify.annotations.NullMarked;
