/** Application services shared by the CLI and the Lambda functions: compile, execute one model, cost, govern. */
@NullMarked
package dev.rocky.app;

import org.jspecify.annotations.NullMarked;
