/** Local implementations of the ports: project files in a directory, embedded state, artifacts under .rocky/. */
@NullMarked
package dev.rocky.store.local;

import org.jspecify.annotations.NullMarked;
