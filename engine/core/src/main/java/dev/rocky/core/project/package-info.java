/** A loaded Rocky project: models with their sidecar configuration, sources, contracts and seeds. */
@NullMarked
package dev.rocky.core.project;

import org.jspecify.annotations.NullMarked;
