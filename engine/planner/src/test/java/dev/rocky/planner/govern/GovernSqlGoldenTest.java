package dev.rocky.planner.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rocky.core.config.MaskConfig.Strategy;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.types.RockyType;
import dev.rocky.planner.Golden;
import dev.rocky.planner.govern.GrantVocabulary.Translation;
import dev.rocky.planner.sql.SqlDialect;
import dev.rocky.planner.sql.TableName;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The masking, grant and tag statements of Databricks and Snowflake, as golden files. */
class GovernSqlGoldenTest {
  private static final TableName CUSTOMERS = new TableName("analytics", "marts", "customers");
  private static final TableName VIEW = new TableName("analytics", "marts", "customers_v");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"databricks", "snowflake"})
  void masks(String name) {
    SqlDialect dialect = dialect(name);
    MaskSql sql = new MaskSql(dialect);
    StringBuilder out = new StringBuilder();
    String hash = sql.function(CUSTOMERS, Strategy.HASH, null, RockyType.Simple.STRING);
    String partial = sql.function(CUSTOMERS, Strategy.PARTIAL, "prod", RockyType.Simple.STRING);
    String redactNumber = sql.function(CUSTOMERS, Strategy.REDACT, "prod", RockyType.Simple.INT64);
    section(out, "hash, default environment, string column", sql.define(CUSTOMERS, Strategy.HASH, null, RockyType.Simple.STRING));
    section(out, "partial, environment prod", sql.define(CUSTOMERS, Strategy.PARTIAL, "prod", RockyType.Simple.STRING));
    section(out, "redact, environment prod", sql.define(CUSTOMERS, Strategy.REDACT, "prod", RockyType.Simple.STRING));
    section(out, "redact of a BIGINT column: NULL of its type", sql.define(CUSTOMERS, Strategy.REDACT, "prod",
        RockyType.Simple.INT64));
    section(out, "hash of a DECIMAL column", sql.define(CUSTOMERS, Strategy.HASH, null, new RockyType.Decimal(10, 2)));
    section(out, "bind", List.of(sql.bind(CUSTOMERS, "email", hash, false), sql.bind(CUSTOMERS, "phone", partial, false),
        sql.bind(CUSTOMERS, "customer_id", redactNumber, false)));
    if (sql.masksViews()) {
      section(out, "bind on a view", List.of(sql.bind(VIEW, "email", hash, true)));
    } else {
      assertThatThrownBy(() -> sql.bind(VIEW, "email", hash, true)).isInstanceOf(IllegalArgumentException.class);
    }
    section(out, "unbind (strategy none)", List.of(sql.unbind(CUSTOMERS, "email", false)));
    section(out, "read the masks back", List.of(sql.readBindings(CUSTOMERS), sql.readBindings(
        new TableName(null, "marts", "customers"))));
    Golden.assertMatches("govern/" + name + "/masks.sql", out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"databricks", "snowflake"})
  void grants(String name) {
    SqlDialect dialect = dialect(name);
    GrantSql sql = new GrantSql(dialect);
    StringBuilder out = new StringBuilder();
    Securable catalog = new Securable.Catalog("analytics");
    Securable schema = new Securable.Schema("analytics", "marts");
    Securable table = new Securable.Table(CUSTOMERS);
    for (Securable on : List.of(catalog, schema, table)) {
      List<String> statements = new java.util.ArrayList<>();
      for (String permission : List.of("USE CATALOG", "USE SCHEMA", "SELECT", "MODIFY")) {
        switch (GrantVocabulary.translate(dialect, on, permission)) {
          case Translation.Privileges p -> p.privileges().forEach(priv -> {
            statements.add(sql.grant(on, priv, "analysts"));
            statements.add(sql.revoke(on, priv, "data team@corp.com"));
          });
          case Translation.Unsupported u -> statements.add("-- " + permission + ": " + u.reason());
        }
      }
      statements.add(sql.showGrants(on));
      section(out, on.kind() + " " + on.display(), statements);
    }
    section(out, "schema without a catalog", List.of(sql.showGrants(new Securable.Schema(null, "marts"))));
    Golden.assertMatches("govern/" + name + "/grants.sql", out.toString());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"databricks", "snowflake"})
  void tags(String name) {
    TagSql sql = new TagSql(dialect(name));
    StringBuilder out = new StringBuilder();
    section(out, "table tags from [governance.tags]", sql.tagTable(CUSTOMERS, Map.of("domain", "finance", "owner",
        "o'brien"), false));
    section(out, "view tags", sql.tagTable(VIEW, Map.of("domain", "finance"), true));
    section(out, "classification of a column", sql.tagColumn(CUSTOMERS, "email", TagSql.CLASSIFICATION_TAG, "pii", false));
    Golden.assertMatches("govern/" + name + "/tags.sql", out.toString());
  }

  @Test
  void duckDbMaskedView() {
    MaskedViewSql sql = new MaskedViewSql();
    TableName people = new TableName(null, "main", "people");
    StringBuilder out = new StringBuilder();
    section(out, "consumer schema", List.of(sql.createSchema(MaskedViewSql.viewOf(people))));
    section(out, "masked view", List.of(sql.createView(people, List.of(
        new MaskedViewSql.ViewColumn("id", null),
        new MaskedViewSql.ViewColumn("email", Strategy.HASH),
        new MaskedViewSql.ViewColumn("phone", Strategy.PARTIAL),
        new MaskedViewSql.ViewColumn("ssn", Strategy.REDACT),
        new MaskedViewSql.ViewColumn("code", Strategy.NONE)))));
    section(out, "marks", List.of(sql.comment(people, "email", Strategy.HASH)));
    section(out, "read back", List.of(sql.readComments(people), sql.countLeaks(people, "email", Strategy.HASH),
        sql.countLeaks(people, "phone", Strategy.PARTIAL), sql.countLeaks(people, "ssn", Strategy.REDACT)));
    Golden.assertMatches("govern/duckdb/masked_view.sql", out.toString());
  }

  @Test
  void duckDbHasNoGrantsOrTagsAndNoMaskFunctions() {
    assertThat(new GrantSql(SqlDialect.DUCKDB).supported()).isFalse();
    assertThat(new TagSql(SqlDialect.DUCKDB).supported()).isFalse();
    assertThat(GrantVocabulary.translate(SqlDialect.DUCKDB, new Securable.Catalog("c"), "SELECT"))
        .isInstanceOf(Translation.Unsupported.class);
    assertThatThrownBy(() -> new MaskSql(SqlDialect.DUCKDB)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GrantSql(SqlDialect.DUCKDB).showGrants(new Securable.Catalog("c")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void principalsAndTagNamesAreCheckedBeforeTheyReachSql() {
    GrantSql sql = new GrantSql(SqlDialect.DATABRICKS);
    assertThatThrownBy(() -> sql.grant(new Securable.Catalog("c"), "SELECT", "x`; DROP TABLE t; --"))
        .isInstanceOf(RockyException.class).hasMessageContaining("invalid principal");
    assertThatThrownBy(() -> new TagSql(SqlDialect.SNOWFLAKE).tagTable(CUSTOMERS, Map.of("bad key", "v"), false))
        .isInstanceOf(RockyException.class).hasMessageContaining("invalid tag name");
    assertThatThrownBy(() -> new Securable.Schema("a.b", "s")).isInstanceOf(RockyException.class);
  }

  @Test
  void maskNamesCarryStrategyEnvironmentAndNonStringType() {
    assertThat(MaskFunctions.name(Strategy.HASH, null, SqlDialect.DATABRICKS, RockyType.Simple.STRING))
        .isEqualTo("rocky_mask_hash_default");
    assertThat(MaskFunctions.name(Strategy.PARTIAL, "Prod-EU", SqlDialect.SNOWFLAKE, RockyType.Simple.UNKNOWN))
        .isEqualTo("rocky_mask_partial_prod_eu");
    assertThat(MaskFunctions.name(Strategy.REDACT, "prod", SqlDialect.DATABRICKS, new RockyType.Decimal(10, 2)))
        .isEqualTo("rocky_mask_redact_prod_decimal_10_2");
    assertThat(MaskFunctions.name(Strategy.REDACT, "prod", SqlDialect.SNOWFLAKE, RockyType.Simple.INT64))
        .isEqualTo("rocky_mask_redact_prod_number");
  }

  private static SqlDialect dialect(String name) {
    return name.equals("databricks") ? SqlDialect.DATABRICKS : SqlDialect.SNOWFLAKE;
  }

  private static void section(StringBuilder out, String title, List<String> statements) {
    out.append("-- ").append(title).append('\n');
    for (String s : statements) {
      out.append(s).append(s.startsWith("--") ? "\n" : ";\n");
    }
    out.append('\n');
  }
}
