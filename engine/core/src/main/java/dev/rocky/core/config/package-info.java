/**
 * The project configuration ({@code rocky.toml}) as immutable records, with Rocky's keys and
 * defaults. Records bound from TOML name their keys with {@code @JsonProperty}; an absent key
 * arrives as null and the compact constructor puts Rocky's default in its place, so accessors
 * return null only where the component is marked {@code @Nullable}. The loader binds these
 * records strictly: an unknown key is an error, except under {@code [adapter.NAME.extra]},
 * free-form tables kept as maps, and unknown hook events.
 */
@NullMarked
package dev.rocky.core.config;

import org.jspecify.annotations.NullMarked;
