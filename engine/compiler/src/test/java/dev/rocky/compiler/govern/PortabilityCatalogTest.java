package dev.rocky.compiler.govern;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.project.Dialect;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every catalog entry, for each of the three dialects: its example is an error exactly where the entry says. */
class PortabilityCatalogTest {

  static Stream<Arguments> entriesByDialect() {
    List<Arguments> out = new ArrayList<>();
    for (Construct c : PortabilityCatalog.entries()) {
      for (Dialect d : Dialect.values()) {
        out.add(Arguments.of(c.form(), d, c));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("entriesByDialect")
  void theExampleIsReportedExactlyWhereTheDialectLacksTheConstruct(String form, Dialect target, Construct c) {
    List<Diagnostic> found = PortabilityLintTest.lint(c.example(), target).stream()
        .filter(d -> d.message().startsWith(c.form() + " is not portable"))
        .toList();

    if (c.supportedOn(target)) {
      assertThat(found).as("%s is native to %s", c.form(), target).isEmpty();
    } else {
      assertThat(found).as("%s is missing from %s", c.form(), target).singleElement()
          .satisfies(d -> assertThat(d.suggestion()).startsWith("rewrite as " + c.rewriteFor(target)));
    }
  }

  @Test
  void theCatalogCoversWhatTheIssueNames() {
    Set<String> names = new HashSet<>();
    PortabilityCatalog.entries().forEach(c -> names.add(c.name()));
    assertThat(names).contains("QUALIFY", "ILIKE", "::", "LATERAL FLATTEN", "EXCLUDE", "REPLACE", "IFF", "DIV0", "NVL2",
        "DATEADD", "DATEDIFF", "NVL", "TO_VARCHAR", "CHARINDEX", "ARRAY_SIZE", "DATE_FORMAT");
    assertThat(PortabilityCatalog.entries()).hasSizeGreaterThan(90);
  }

  @Test
  void theCuratedVerdictsAgreeWithCalcitesLibraryTables() {
    // Calcite's tables only prove support; a curated "missing" that Calcite contradicts is a mistake.
    List<String> contradictions = new ArrayList<>();
    for (Construct curated : PortabilityCatalog.curatedFunctions()) {
      if (curated.shape() instanceof Construct.Call call && call.byNameOnly()) {
        for (Dialect d : CalciteLibraries.support(call.function())) {
          if (!curated.supportedOn(d)) {
            contradictions.add(curated.name() + " is in Calcite's library for " + d);
          }
        }
      }
    }
    assertThat(contradictions).isEmpty();
    assertThat(CalciteLibraries.support("DATEADD")).contains(Dialect.SNOWFLAKE);
    assertThat(CalciteLibraries.support("NVL")).contains(Dialect.DATABRICKS);
    assertThat(CalciteLibraries.all()).hasSizeGreaterThan(200);
  }

  @Test
  void everyEntryHasADistinctExampleAndARewrite() {
    Set<String> examples = new HashSet<>();
    for (Construct c : PortabilityCatalog.entries()) {
      assertThat(examples.add(c.example())).as(c.form()).isTrue();
      assertThat(c.rewrite()).isNotBlank();
    }
  }
}
