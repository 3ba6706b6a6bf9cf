package dev.rocky.catalog.page;

import java.util.List;

/**
 * A small bar chart drawn as inline SVG: one bar per recent run, oldest left. Coordinates are
 * computed here; the template only places them.
 */
public record Chart(String caption, int width, int height, String maxLabel, List<Bar> bars) {

  /** A bar; {@code cls} colours it ({@code ok}, {@code bad}, {@code breach}), {@code title} is its tooltip. */
  public record Bar(int x, int y, int w, int h, String cls, String title) {}
}
