/**
 * {@code rocky ai} and {@code rocky ai-test}: the commands, their requests and the local wiring
 * that picks the provider from {@code [ai]} and writes only what compiled or passed.
 */
@NullMarked
package dev.rocky.cli.ai;

import org.jspecify.annotations.NullMarked;
