package dev.rocky.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rocky.catalog.data.ColumnData;
import dev.rocky.catalog.data.ModelData;
import dev.rocky.catalog.data.ProjectInfo;
import dev.rocky.catalog.data.SiteData;
import dev.rocky.catalog.page.SiteContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

  @Test
  void shardsColumnsByTheFirstLetterOfEachWord() {
    assertThat(SearchIndex.keys("total_revenue_2")).containsExactly("t", "r", "2");
    ModelData m = new ModelData("fct_revenue", "f.sql", "", "Revenue per customer", "view", "", "t",
        List.of(ColumnData.of("total_revenue", "DECIMAL(10,2)", true)), true, List.of(), List.of(), List.of(), null, List.of(),
        Map.of(), null);
    SiteData site = new SiteData(new ProjectInfo("p", "duckdb", "0", Instant.EPOCH, null), List.of(m), List.of(), List.of(),
        List.of(), List.of(), null, null);
    Map<String, String> files = SearchIndex.files(new SiteContext(site));
    assertThat(files).containsOnlyKeys("search/docs.js", "search/c-t.js", "search/c-r.js");
    assertThat(files.get("search/docs.js"))
        .isEqualTo("rockySearch.docs([[\"fct_revenue\",\"model\",\"models/fct_revenue.html\",\"Revenue per customer\"]]);\n");
    assertThat(files.get("search/c-r.js")).isEqualTo("rockySearch.cols(\"r\",[[\"total_revenue\",0]]);\n");
  }
}
