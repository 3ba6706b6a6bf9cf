/** Coded diagnostics: the one registry of codes, severities, spans and the diagnostic record. */
@NullMarked
package dev.rocky.core.diagnostic;

import org.jspecify.annotations.NullMarked;
