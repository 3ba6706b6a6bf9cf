package dev.rocky.compiler.dsl;

import java.util.List;

/** A parsed {@code .rocky} file: {@code let} bindings (lowered to CTEs), then the main pipeline. */
record RockyFile(List<Let> lets, List<Step> pipeline) {

  RockyFile {
    lets = List.copyOf(lets);
    pipeline = List.copyOf(pipeline);
  }

  /** {@code let name = from ... | ...}. */
  record Let(String name, Pos pos, List<Step> pipeline) {
    Let {
      pipeline = List.copyOf(pipeline);
    }
  }
}
