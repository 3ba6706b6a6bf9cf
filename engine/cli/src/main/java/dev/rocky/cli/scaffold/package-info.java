/**
 * Project scaffolds for {@code rocky init} and {@code rocky playground}: templates bundled as resources
 * under {@code templates/<name>/}, listed in an {@code index.txt}, copied out without overwriting.
 */
@NullMarked
package dev.rocky.cli.scaffold;

import org.jspecify.annotations.NullMarked;
