/** The rocky command line: builds the application services with local wiring and renders their results. */
@NullMarked
package dev.rocky.cli;

import org.jspecify.annotations.NullMarked;
