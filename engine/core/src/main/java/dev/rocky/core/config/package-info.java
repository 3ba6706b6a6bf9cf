/** The project configuration ({@code rocky.toml}) as immutable records, with Rocky's keys and defaults. */
@NullMarked
package dev.rocky.core.config;

import org.jspecify.annotations.NullMarked;
