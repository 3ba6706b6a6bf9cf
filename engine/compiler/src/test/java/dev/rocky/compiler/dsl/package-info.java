/** Tests of the Rocky DSL: golden lowering per construct, syntax errors, the source map, and .rocky models in a compile. */
@NullMarked
package dev.rocky.compiler.dsl;

import org.jspecify.annotations.NullMarked;
