package dev.rocky.app.api;

import dev.rocky.compiler.CompileResult;
import java.util.Map;

/** The project the API serves, compiled: from disk ({@code rocky serve}) or a snapshot in S3 (AWS). */
@FunctionalInterface
public interface ProjectBackend {

  /** The project compiled with these {@code @var} bindings; may be cached while the sources do not change. */
  CompileResult compile(Map<String, String> vars);
}
