/**
 * AI through the compiler: {@link dev.rocky.app.ai.GenerateService} asks a model for a new model
 * from the project's compiled schema and an intent, compiles the answer with the project in memory
 * and sends the diagnostics back until it compiles; {@link dev.rocky.app.ai.ProposeTestsService}
 * asks for tests of a model and keeps those that pass on DuckDB. Nothing is written here: the
 * caller writes what compiled.
 */
@NullMarked
package dev.rocky.app.ai;

import org.jspecify.annotations.NullMarked;
