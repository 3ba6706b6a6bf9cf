package dev.rocky.app.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.app.dbt.Translation.Issue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jinja to plain SQL: what translates, what is kept as a TODO, and what is reported as untranslatable. */
class JinjaTranslatorTest {
  private static final DbtProject PROJECT = new DbtProject("shop", null, "regex", Map.of("start", "2024-01-01", "limit", 10L),
      List.of(model("orders"), model("customers")),
      List.of(new DbtProject.DbtSource("raw", "lake", "landing", List.of(new DbtProject.DbtSourceTable("events", "evt_v2", List.of())))),
      List.of(new DbtProject.DbtSeed("countries", "seeds/countries.csv", "code\nDE\n", "ref_data", Map.of())),
      List.of(), List.of(), List.of(), List.of(), List.of());

  private static DbtProject.DbtModel model(String name) {
    return new DbtProject.DbtModel(name, "models/" + name + ".sql", name + ".sql", "select 1", Map.of(), null, List.of(),
        List.of(), null);
  }

  private static Translation translate(String sql) {
    return JinjaTranslator.translate(new Resolver(PROJECT, "main"), "fct", sql);
  }

  @Test
  void refsSourcesSeedsAndVarsBecomeNamesAndPlaceholders() {
    Translation t = translate("""
        select * from {{ ref('orders') }} o
        join {{ ref("shop", "customers") }} c using (customer_id)
        join {{ ref('countries') }} k on k.code = c.country
        join {{ source('raw', 'events') }} e on e.order_id = o.id
        where o.ordered_at >= '{{ var("start") }}' and o.n < {{ var('limit') }} and o.x = {{ var('other', 3) }}
        {{- var('unset') -}}
        """);
    assertThat(t.sql()).isEqualTo("""
        select * from orders o
        join customers c using (customer_id)
        join ref_data.countries k on k.code = c.country
        join lake.landing.evt_v2 e on e.order_id = o.id
        where o.ordered_at >= '@var(start, 2024-01-01)' and o.n < @var(limit, 10) and o.x = @var(other, 3)
        @var(unset)
        """);
    assertThat(t.models()).containsExactly("orders", "customers");
    assertThat(t.issues()).isEmpty();
  }

  @Test
  void configIsReadAndRemovedThisAndSurrogateKeysTranslate() {
    Translation t = translate("""
        {{ config(materialized='incremental', unique_key=['a', 'b'], tags=["x"], full_refresh=False) }}
        {# the key #}
        select {{ dbt_utils.generate_surrogate_key(['a', 'b']) }} as k from {{ this }}
        """);
    assertThat(t.config()).containsEntry("materialized", "incremental").containsEntry("unique_key", List.of("a", "b"))
        .containsEntry("full_refresh", false);
    assertThat(t.sql()).isEqualTo("""
        -- the key
        select md5(cast(coalesce(cast(a as varchar), '_dbt_utils_surrogate_key_null_') || '-' || \
        coalesce(cast(b as varchar), '_dbt_utils_surrogate_key_null_') as varchar)) as k from fct
        """);
    assertThat(t.issues()).extracting(Issue::category).containsExactly("this");
  }

  @Test
  void anIsIncrementalBlockIsCommentedOutWithATodoAndItsColumnRead() {
    Translation t = translate("""
        select * from {{ ref('orders') }}
        {% if is_incremental() %}
          where updated_at > (select max(updated_at) from {{ this }})
        {% endif %}
        """);
    assertThat(t.incrementalBlock()).isTrue();
    assertThat(t.incrementalColumn()).isEqualTo("updated_at");
    assertThat(t.sql()).contains("-- TODO(rocky import-dbt): is_incremental() block not translated")
        .contains("-- {% if is_incremental() %}\n--   where updated_at > (select max(updated_at) from {{ this }})\n-- {% endif %}");
    assertThat(t.untranslatable()).isFalse();
    assertThat(t.issues()).singleElement().satisfies(i -> {
      assertThat(i.kind()).isEqualTo(Issue.Kind.WARNING);
      assertThat(i.category()).isEqualTo("is_incremental");
      assertThat(i.line()).isEqualTo(2);
    });
  }

  @Test
  void theElseBranchOfIsIncrementalIsTheSqlKept() {
    Translation t = translate("""
        select * from {{ ref('orders') }}
        {% if is_incremental() %}where id > (select max(id) from {{ this }}){% else %}where id > 0{% endif %}
        """);
    assertThat(t.sql()).contains("-- {% if is_incremental() %}where id > (select max(id) from {{ this }}){% endif %}\nwhere id > 0");
  }

  @Test
  void loopsSetsOtherIfsAndMacrosAreUntranslatableWithTheirLines() {
    Translation t = translate("""
        {% set methods = ['a', 'b'] %}
        select
        {% for m in methods %} sum({{ m }}) as {{ m }}_total, {% endfor %}
        {{ cents_to_dollars('amount') }} as amount
        {% if target.name == 'prod' %} from big {% endif %}
        """);
    assertThat(t.untranslatable()).isTrue();
    assertThat(t.issues()).extracting(Issue::line, Issue::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1, "a {% set %} variable"),
        org.assertj.core.groups.Tuple.tuple(3, "a {% for %} loop"),
        org.assertj.core.groups.Tuple.tuple(3, "the Jinja variable `m`"),
        org.assertj.core.groups.Tuple.tuple(4, "the macro call `{{ cents_to_dollars('amount') }}`"),
        org.assertj.core.groups.Tuple.tuple(5, "an {% if %} condition"));
    assertThat(t.sql()).contains("{% for m in methods %}");
  }

  @Test
  void unknownRefsAndSourcesAreWarnings() {
    Translation t = translate("select * from {{ ref('nope') }} join {{ source('x', 'y') }} using (id)");
    assertThat(t.sql()).isEqualTo("select * from nope join x.y using (id)\n");
    assertThat(t.issues()).extracting(Issue::category).containsExactly("unknown_ref", "unknown_source");
    assertThat(t.untranslatable()).isFalse();
  }
}
