package dev.rocky.compiler.bind;

import static dev.rocky.compiler.bind.BindSupport.bind;
import static dev.rocky.compiler.bind.BindSupport.codes;
import static dev.rocky.compiler.bind.BindSupport.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.core.diagnostic.Diagnostic;
import dev.rocky.core.diagnostic.DiagnosticCode;
import dev.rocky.core.diagnostic.Severity;
import dev.rocky.core.diagnostic.SourceSpan;
import org.junit.jupiter.api.Test;

/** For each code the binder emits: a case that triggers it, and cases where it must stay quiet. */
class DiagnosticsTest {

  // E001: join keys with no common supertype

  @Test
  void e001IncompatibleJoinKeys() {
    String sql = "SELECT o.id FROM raw.orders o JOIN raw.customers c ON o.customer_id = c.code";
    Diagnostic d = only(bind(sql), DiagnosticCode.E001);
    assertThat(d.severity()).isEqualTo(Severity.Error);
    assertThat(d.model()).isEqualTo("m");
    assertThat(d.span()).isEqualTo(SourceSpan.at(BindSupport.FILE, 1, sql.indexOf("o.customer_id =") + 1,
        "o.customer_id = c.code".length()));
    assertThat(d.message()).contains("`o.customer_id` (INT64)", "`c.code` (STRING)");
    assertThat(d.suggestion()).isEqualTo("cast one side explicitly, e.g. CAST(o.customer_id AS VARCHAR)");
  }

  @Test
  void e001QuietWhenASideIsUnknownOrCast() {
    assertThat(codes(bind("SELECT o.id FROM raw.orders o JOIN ext.t x ON o.customer_id = x.code"))).isEmpty();
    assertThat(codes(bind("SELECT o.id FROM raw.orders o JOIN raw.customers c ON CAST(o.customer_id AS VARCHAR) = c.code")))
        .isEmpty();
    assertThat(codes(bind("SELECT o.id FROM raw.orders o, raw.customers c WHERE o.customer_id = c.code"))).isEmpty();
  }

  // E002: table not found in a declared namespace

  @Test
  void e002TableNotFoundSuggestsTheClosestName() {
    Diagnostic d = only(bind("SELECT 1 AS one\nFROM raw.ordrs"), DiagnosticCode.E002);
    assertThat(d.span()).isEqualTo(SourceSpan.at(BindSupport.FILE, 2, 6, 9));
    assertThat(d.message()).isEqualTo("table `raw.ordrs` not found");
    assertThat(d.suggestion()).isEqualTo("did you mean `raw.orders`?");
  }

  @Test
  void e002QuietForUndeclaredNamespacesAndBareNames() {
    assertThat(codes(bind("SELECT a FROM ext.whatever"))).isEmpty();
    assertThat(codes(bind("SELECT a FROM some_table"))).isEmpty();
  }

  // E003: column not found in a complete schema

  @Test
  void e003UnqualifiedColumnSuggestsTheClosestName() {
    Diagnostic d = only(bind("SELECT custmer_id FROM raw.orders"), DiagnosticCode.E003);
    assertThat(d.span()).isEqualTo(SourceSpan.at(BindSupport.FILE, 1, 8, 10));
    assertThat(d.message()).isEqualTo("column `custmer_id` not found");
    assertThat(d.suggestion()).isEqualTo("did you mean `customer_id`?");
  }

  @Test
  void e003QualifiedColumnAndUnknownAlias() {
    Diagnostic d = only(bind("SELECT o.amout FROM raw.orders o"), DiagnosticCode.E003);
    assertThat(d.message()).isEqualTo("column `amout` not found in `raw.orders`");
    assertThat(d.suggestion()).isEqualTo("did you mean `amount`?");
    Diagnostic alias = only(bind("SELECT x.id FROM raw.orders o"), DiagnosticCode.E003);
    assertThat(alias.suggestion()).isEqualTo("did you mean `o.id`?");
    assertThat(alias.message()).contains("no table or alias `x`");
    Diagnostic far = only(bind("SELECT zzzzzz FROM raw.customers"), DiagnosticCode.E003);
    assertThat(far.suggestion()).isEqualTo("available columns: id, name, code, score");
  }

  @Test
  void e003InStarExcludeReplaceAndUsing() {
    assertThat(codes(bind("SELECT * EXCLUDE (nme) FROM raw.customers"))).contains(DiagnosticCode.E003);
    assertThat(codes(bind("SELECT * REPLACE (1 AS nme) FROM raw.customers"))).contains(DiagnosticCode.E003);
    assertThat(codes(bind("SELECT 1 AS one FROM raw.orders JOIN raw.customers USING (status)")))
        .containsExactly(DiagnosticCode.E003);
  }

  @Test
  void e003QuietWhenTheSchemaMightHaveTheColumn() {
    assertThat(codes(bind("SELECT anything FROM ext.events"))).isEmpty();
    assertThat(codes(bind("SELECT e.anything, o.id FROM ext.events e JOIN raw.orders o ON e.oid = o.id")))
        .containsExactly(DiagnosticCode.I002);
    assertThat(codes(bind("SELECT anything FROM part"))).isEmpty();
    assertThat(codes(bind("SELECT label, id FROM stg"))).isEmpty();
    assertThat(codes(bind("SELECT c.id FROM raw.customers c WHERE EXISTS (SELECT 1 FROM raw.orders o WHERE o.customer_id = c.id)")))
        .isEmpty();
    assertThat(codes(bind("SELECT id, current_date AS today, current_timestamp AS now FROM raw.orders"))).isEmpty();
  }

  // E004: parse error, carried into the analysis

  @Test
  void e004ParseErrorIsPartOfTheAnalysis() {
    ModelAnalysis a = bind("SELECT id,\n  FROM raw.orders");
    Diagnostic d = only(a, DiagnosticCode.E004);
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(a.schema().complete()).isFalse();
    assertThat(a.unresolved()).containsExactly(new UnresolvedColumn("*", "the SQL could not be parsed"));
  }

  @Test
  void e004QuietForValidSql() {
    assertThat(codes(bind("SELECT id FROM raw.orders;"))).isEmpty();
  }

  // W001: join keys that differ but coerce

  @Test
  void w001ImplicitCoercionOnAJoinKey() {
    Diagnostic d = only(bind("SELECT o.id FROM raw.orders o JOIN raw.customers c ON o.customer_id = c.id"),
        DiagnosticCode.W001);
    assertThat(d.severity()).isEqualTo(Severity.Warning);
    assertThat(d.message()).contains("coerced to INT64");
    assertThat(d.suggestion()).isEqualTo("cast explicitly to make the coercion visible, e.g. CAST(c.id AS BIGINT)");
  }

  @Test
  void w001QuietForEqualOrUnknownTypes() {
    assertThat(codes(bind("SELECT o.id FROM raw.orders o JOIN raw.orders p ON o.id = p.id"))).isEmpty();
    assertThat(codes(bind("SELECT o.id FROM raw.orders o JOIN ext.t x ON o.id = x.id"))).isEmpty();
  }

  // W002: SELECT * over an unknown or partial upstream

  @Test
  void w002StarOverUnknownOrPartialUpstream() {
    Diagnostic d = only(bind("SELECT * FROM ext.events"), DiagnosticCode.W002);
    assertThat(d.span()).isEqualTo(SourceSpan.at(BindSupport.FILE, 1, 8, 1));
    assertThat(d.message()).contains("`ext.events`");
    assertThat(codes(bind("SELECT * FROM part"))).containsExactly(DiagnosticCode.W002);
  }

  @Test
  void w002QuietForKnownUpstreamsAndExplicitColumns() {
    assertThat(codes(bind("SELECT * FROM raw.customers"))).containsExactly(DiagnosticCode.I001);
    assertThat(codes(bind("SELECT e.a, e.b FROM ext.events e"))).isEmpty();
  }

  // I001: SELECT * over a fully known upstream

  @Test
  void i001StarOverAKnownUpstreamSuggestsTheColumns() {
    Diagnostic d = only(bind("SELECT * FROM raw.customers"), DiagnosticCode.I001);
    assertThat(d.severity()).isEqualTo(Severity.Info);
    assertThat(d.suggestion()).isEqualTo("list the columns explicitly: id, name, code, score");
  }

  @Test
  void i001QuietForExplicitColumns() {
    assertThat(codes(bind("SELECT id, name FROM raw.customers"))).isEmpty();
    assertThat(codes(bind("SELECT COUNT(*) AS n FROM raw.customers"))).isEmpty();
  }

  // I002: some but not all output columns Unknown

  @Test
  void i002PartialInference() {
    Diagnostic d = only(bind("SELECT o.id,\n  e.payload\nFROM raw.orders o JOIN ext.events e ON e.oid = o.id"),
        DiagnosticCode.I002);
    assertThat(d.span().line()).isEqualTo(2);
    assertThat(d.message()).isEqualTo("1 of 2 output columns have an unknown type: payload");
  }

  @Test
  void i002QuietWhenAllOrNoneAreUnknownOrWhenTheModelHasErrors() {
    assertThat(codes(bind("SELECT e.a, e.b FROM ext.events e"))).isEmpty();
    assertThat(codes(bind("SELECT id, status FROM raw.orders"))).isEmpty();
    assertThat(codes(bind("SELECT id, nope FROM raw.orders"))).containsExactly(DiagnosticCode.E003);
  }

  @Test
  void diagnosticsAreSortedByPosition() {
    ModelAnalysis a = bind("SELECT zz,\n  yy\nFROM raw.ordrs o JOIN raw.orders p ON p.id = p.status");
    assertThat(codes(a)).containsExactly(DiagnosticCode.E002, DiagnosticCode.E001);
  }
}
