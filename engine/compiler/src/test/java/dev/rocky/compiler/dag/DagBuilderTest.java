package dev.rocky.compiler.dag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagBuilderTest {

  private static ModelDependencies deps(String model, List<String> explicit, String... fromSql) {
    return new ModelDependencies(model, explicit, List.of(fromSql), null);
  }

  private static DagBuilder.Result build(ModelDependencies... deps) {
    return DagBuilder.build(List.of(deps), m -> "models/" + m + ".sql");
  }

  @Test
  void mergesExplicitAndSqlDependenciesIntoLayers() {
    DagBuilder.Result r = build(
        deps("fct", List.of(), "int_a", "stg_b"),
        deps("int_a", List.of("stg_a")),
        deps("stg_a", List.of()),
        deps("stg_b", List.of()));

    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.dag().layers()).containsExactly(List.of("stg_a", "stg_b"), List.of("int_a"), List.of("fct"));
    assertThat(r.dag().upstreamOf("fct")).containsExactly("int_a", "stg_b");
    assertThat(r.dag().downstreamOf("stg_a")).containsExactly("int_a");
    assertThat(r.dag().topologicalOrder()).containsExactly("stg_a", "stg_b", "int_a", "fct");
  }

  @Test
  void dropsSelfReferencesAndDuplicates() {
    DagBuilder.Result r = build(deps("a", List.of("b", "b"), "a", "b", "b"), deps("b", List.of()));
    assertThat(r.dag().upstreamOf("a")).containsExactly("b");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void reportsTheFullCyclePathForEveryModelInIt() {
    DagBuilder.Result r = build(
        deps("a", List.of(), "c"),
        deps("b", List.of(), "a"),
        deps("c", List.of(), "b"),
        deps("d", List.of(), "a"),
        deps("e", List.of()));

    assertThat(r.dag().cycles()).hasSize(1);
    assertThat(r.dag().cycles().get(0)).containsExactlyInAnyOrder("a", "b", "c");
    List<Diagnostic> v031 = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.V031).toList();
    assertThat(v031).extracting(Diagnostic::model).containsExactly("a", "b", "c");
    // data flows a -> b -> c -> a: b reads a, c reads b, a reads c
    assertThat(v031.get(0).message()).contains("a -> b -> c -> a");
    assertThat(v031.get(0).span().file()).isEqualTo("models/a.sql");
    // Models outside the cycle still get layers; those downstream of it do not.
    assertThat(r.dag().topologicalOrder()).containsExactly("e");
  }

  @Test
  void reportsASelfContainedTwoModelCycle() {
    DagBuilder.Result r = build(deps("x", List.of("y")), deps("y", List.of("x")));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsOnly(DiagnosticCode.V031);
    assertThat(r.diagnostics().get(0).message()).containsAnyOf("x -> y -> x", "y -> x -> y");
  }

  @Test
  void warnsWhenExplicitDependsOnMissesSqlDependencies() {
    DagBuilder.Result r = build(deps("fct", List.of("a"), "a", "b"), deps("a", List.of()), deps("b", List.of()));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.D011);
      assertThat(d.message()).contains("misses b");
    });
    assertThat(r.dag().upstreamOf("fct")).containsExactly("a", "b");
  }

  @Test
  void staysQuietWhenDependsOnIsCompleteOrAbsent() {
    DagBuilder.Result r = build(deps("fct", List.of("a", "b"), "a", "b"), deps("g", List.of(), "a"), deps("a", List.of()), deps("b", List.of()));
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void reportsAnExplicitDependencyOnAnUnknownModel() {
    DagBuilder.Result r = build(deps("fct", List.of("nope")));
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(DiagnosticCode.V030);
      assertThat(d.message()).contains("'nope'");
    });
  }

  @Test
  void scalesLinearlyOnAWideDeepGraph() {
    int n = 20_000;
    List<ModelDependencies> all = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(i < 100 ? deps("m" + i, List.of()) : deps("m" + i, List.of(), "m" + (i - 100), "m" + (i / 2)));
    }
    DagBuilder.Result r = DagBuilder.build(all, m -> m);
    assertThat(r.dag().topologicalOrder()).hasSize(n);
    assertThat(r.dag().layers().get(0)).hasSize(100);
  }
}
