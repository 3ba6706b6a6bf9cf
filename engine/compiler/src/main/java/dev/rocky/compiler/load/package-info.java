/**
 * Loading a project: {@code rocky.toml} with {@code ${VAR}} substitution and strict keys, models
 * with their sidecars and directory defaults, contracts, committed source schemas and seeds. Every
 * problem becomes a {@link dev.rocky.core.diagnostic.Diagnostic}; loading keeps going after a bad
 * file. Entry point: {@link dev.rocky.compiler.load.ProjectLoader}.
 */
@NullMarked
package dev.rocky.compiler.load;

import org.jspecify.annotations.NullMarked;
