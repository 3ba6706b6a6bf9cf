/**
 * The governance commands: {@code rocky compliance} (the classification and masking report, and its
 * CI gate) and {@code rocky govern plan|apply} (masks, tags and the grant difference), with their
 * local wiring.
 */
@NullMarked
package dev.rocky.cli.govern;

import org.jspecify.annotations.NullMarked;
