/** Hook events and the port the engine fires them through. */
@NullMarked
package dev.rocky.core.hooks;

import org.jspecify.annotations.NullMarked;
