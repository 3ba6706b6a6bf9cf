/** Name resolution across the project: table references to models and sources, and the schema lookup the binder uses. */
@NullMarked
package dev.rocky.compiler.resolve;

import org.jspecify.annotations.NullMarked;
