/** Ports: how the engine reaches project files, state and artifacts, whatever holds them. */
@NullMarked
package dev.rocky.core.port;

import org.jspecify.annotations.NullMarked;
