/**
 * {@code lineage-diff}: which models and columns a branch changes against a base git ref, and
 * which downstream columns read each changed column. The base ref's project files are written to a
 * scratch directory and compiled beside the working tree; git is driven through its command line.
 */
@NullMarked
package dev.rocky.app.lineagediff;

import org.jspecify.annotations.NullMarked;
