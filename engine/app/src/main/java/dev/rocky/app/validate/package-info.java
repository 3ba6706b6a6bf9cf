/** The validate use case: the offline configuration and project-shape check (V, L and project codes). */
@NullMarked
package dev.rocky.app.validate;

import org.jspecify.annotations.NullMarked;
