/**
 * Human-readable output: diagnostics rendered rustc-style ({@code error[E010]: ...}, the source
 * line with a caret underline, {@code = help: ...}) with an optional ANSI colour mode, and the
 * one-line compile summary.
 */
@NullMarked
package dev.rocky.app.render;

import org.jspecify.annotations.NullMarked;
