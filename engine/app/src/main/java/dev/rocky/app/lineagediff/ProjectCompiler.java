package dev.rocky.app.lineagediff;

import dev.rocky.compiler.CompileResult;
import java.nio.file.Path;

/** Compiles the project rooted at a directory: the working tree, or a scratch copy of the base ref. */
@FunctionalInterface
public interface ProjectCompiler {
  /** {@code scratch} is true for a temporary copy, which must not share the working tree's compile cache. */
  CompileResult compile(Path root, boolean scratch);
}
