/** The compile use case: compile a project and report it in Rocky's CompileOutput shape. */
@NullMarked
package dev.rocky.app.compile;

import org.jspecify.annotations.NullMarked;
