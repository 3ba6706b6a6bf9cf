/** Tests of executing one model, on a scripted warehouse. */
@NullMarked
package dev.rocky.app.execute;

import org.jspecify.annotations.NullMarked;
