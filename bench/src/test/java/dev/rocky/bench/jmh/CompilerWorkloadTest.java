package dev.rocky.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.compiler.CompileResult;
import dev.rocky.compiler.bind.ModelAnalysis;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmarks measure real work: each phase's result covers every generated model. */
class CompilerWorkloadTest {
  private final CompilerWorkload workload = new CompilerWorkload();

  @BeforeEach
  void setUp() throws IOException {
    workload.models = 40;
    workload.setUp();
  }

  @AfterEach
  void tearDown() throws IOException {
    workload.tearDown();
    assertThat(workload.dir).doesNotExist();
  }

  @Test
  void everyPhaseCoversEveryModel() {
    CompilerPhases phases = new CompilerPhases();

    assertThat(phases.load(workload).project().models()).hasSize(40);
    assertThat(phases.parse(workload)).hasSize(40).allSatisfy((name, parsed) -> assertThat(parsed.parsed()).isTrue());
    assertThat(phases.dag(workload).dag().topologicalOrder()).hasSize(40);
    Map<String, ModelAnalysis> bound = phases.bind(workload);
    assertThat(bound).hasSize(40).allSatisfy((name, a) -> assertThat(a.schema().columns()).isNotEmpty());
  }

  @Test
  void theCompileTypesEveryModelWithoutErrors() {
    CompileResult result = new CompilerPhases().compile(workload);

    assertThat(result.analyses()).hasSize(40);
    assertThat(result.hasErrors()).isFalse();
    assertThat(result.modelsAnalysed()).isEqualTo(40);
  }

  @Test
  void aRecompileAfterAnEditBindsOnlyTheEditedModel() throws IOException {
    WarmCache cache = new WarmCache();
    cache.fill(workload);
    cache.edit();

    CompileResult result = new CompilerPhases().recompile(workload, cache);

    assertThat(Files.readString(cache.edited)).endsWith("-- edit 1\n");
    assertThat(result.analyses()).hasSize(40);
    assertThat(result.modelsAnalysed()).isEqualTo(1);
  }
}
