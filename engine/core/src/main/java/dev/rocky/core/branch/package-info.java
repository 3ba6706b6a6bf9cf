/**
 * Branches and promotions as the state store keeps them: Rocky's {@code BranchRecord} (a named
 * schema prefix) and the audit record of each promotion of a branch into production.
 */
@NullMarked
package dev.rocky.core.branch;

import org.jspecify.annotations.NullMarked;
