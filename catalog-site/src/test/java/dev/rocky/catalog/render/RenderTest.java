package dev.rocky.catalog.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RenderTest {

  @Test
  void highlightsSqlAndEscapesEverythingElse() {
    assertThat(SqlHighlight.html("SELECT a<b, 'it''s' AS s, 42 -- note\nFROM t WHERE x = @start_date"))
        .isEqualTo("<span class=\"k\">SELECT</span> a&lt;b, <span class=\"s\">&#39;it&#39;&#39;s&#39;</span> "
            + "<span class=\"k\">AS</span> s, <span class=\"n\">42</span> <span class=\"c\">-- note</span>\n"
            + "<span class=\"k\">FROM</span> t <span class=\"k\">WHERE</span> x = <span class=\"v\">@start_date</span>");
  }

  @Test
  void rendersTheMarkdownOfTheDiagnosticPages() {
    String html = Markdown.html("""
        # E010: Title dropped

        A `required` column, see [W010](W010.md) and [home](../README.md).

        ```toml
        required = ["a<b"]
        ```

        ## How to fix

        - Select **it**.
        - Or remove it.

        | Code | Summary |
        |---|---|
        | [E001](E001.md) | Join keys |
        """, href -> href.endsWith(".md") && !href.contains("/") ? "#" + href.replace(".md", "") : null);
    assertThat(html).isEqualTo("""
        <p>A <code>required</code> column, see <a href="#W010">W010</a> and home.</p>
        <pre><code>required = [&quot;a&lt;b&quot;]
        </code></pre>
        <h4>How to fix</h4>
        <ul>
        <li>Select <strong>it</strong>.</li>
        <li>Or remove it.</li>
        </ul>
        <table>
        <tr><th>Code</th><th>Summary</th></tr>
        <tr><td><a href="#E001">E001</a></td><td>Join keys</td></tr>
        </table>
        """);
  }

  @Test
  void jsonIsSafeInsideAScript() {
    assertThat(Json.quote("</script>\"\\\n\u2028")).isEqualTo("\"\\u003c/script\\u003e\\\"\\\\\\n\\u2028\"");
  }

  @Test
  void everyCodeHasItsBundledPage() {
    assertThat(CodeDocs.markdown("E010")).startsWith("# E010");
    assertThat(CodeDocs.markdown("Z999")).isNull();
  }
}
