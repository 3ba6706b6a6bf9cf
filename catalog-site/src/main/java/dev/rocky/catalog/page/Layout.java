package dev.rocky.catalog.page;

import java.util.List;

/**
 * What every page's frame shows: its title, the way back to the site root ({@code ""} or
 * {@code "../"}), the project, the navigation with the current section marked, and when and by
 * which version the site was generated.
 */
public record Layout(String title, String root, String project, List<NavLink> nav, String generated, String version) {

  public record NavLink(String label, String href, boolean current) {}

  /** The sections of the site, in navigation order: label and page from the root. */
  private static final List<String[]> SECTIONS = List.of(
      new String[] {"Home", "index.html"},
      new String[] {"Models", "models/index.html"},
      new String[] {"Sources", "sources/index.html"},
      new String[] {"Runs", "runs/index.html"},
      new String[] {"Diagnostics", "diagnostics.html"},
      new String[] {"Compliance", "compliance.html"});

  /** The frame of a page {@code depth} directories below the root, in section {@code section} (a label above). */
  public static Layout of(String title, int depth, String section, String project, String generated, String version) {
    String root = "../".repeat(depth);
    List<NavLink> nav = SECTIONS.stream()
        .map(s -> new NavLink(s[0], root + s[1], s[0].equals(section)))
        .toList();
    return new Layout(title, root, project, nav, generated, version);
  }
}
