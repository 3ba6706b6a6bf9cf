/**
 * Governance checks of the compiler: the classification of every model column, declared in a
 * sidecar's {@code [classification]} or inherited along column lineage ({@link
 * dev.rocky.compiler.govern.ClassificationResolver}); W004 for a classification tag with no masking
 * strategy; and P001, the portability lint, with its catalog of dialect-only functions and syntax.
 */
@NullMarked
package dev.rocky.compiler.govern;

import org.jspecify.annotations.NullMarked;
