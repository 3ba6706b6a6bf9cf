package dev.rocky.fn.run;

import java.util.ArrayList;
import java.util.List;

/**
 * How a state machine walks a run plan: each layer cut into batches of at most {@code batchSize}
 * models (one Map state each, in layer order), the batches grouped into segments of at most
 * {@code segmentModels} models and {@value #MAX_SEGMENT_BATCHES} batches (one child execution
 * each, so that no execution's history nears Step Functions' 25,000 events). A function of the
 * plan's layer sizes and the two settings, so every step recomputes it instead of passing it on.
 */
public record RunLayout(List<Segment> segments) {
  /** The most batches of one segment. */
  public static final int MAX_SEGMENT_BATCHES = 100;

  /** Models {@code from} (inclusive) to {@code to} (exclusive) of plan layer {@code layer}. */
  public record Batch(int layer, int from, int to) {
    public int size() {
      return to - from;
    }
  }

  public record Segment(List<Batch> batches) {
    public Segment {
      batches = List.copyOf(batches);
    }

    public int models() {
      return batches.stream().mapToInt(Batch::size).sum();
    }
  }

  public RunLayout {
    segments = List.copyOf(segments);
  }

  /** @param layerSizes the number of models of each plan layer, in order */
  public static RunLayout of(List<Integer> layerSizes, int batchSize, int segmentModels) {
    if (batchSize < 1 || segmentModels < batchSize) {
      throw new IllegalArgumentException("a batch holds at least one model, a segment at least one batch");
    }
    List<Segment> segments = new ArrayList<>();
    List<Batch> current = new ArrayList<>();
    int models = 0;
    for (int layer = 0; layer < layerSizes.size(); layer++) {
      for (int from = 0; from < layerSizes.get(layer); from += batchSize) {
        Batch batch = new Batch(layer, from, Math.min(layerSizes.get(layer), from + batchSize));
        if (!current.isEmpty() && (models + batch.size() > segmentModels || current.size() == MAX_SEGMENT_BATCHES)) {
          segments.add(new Segment(current));
          current = new ArrayList<>();
          models = 0;
        }
        current.add(batch);
        models += batch.size();
      }
    }
    if (!current.isEmpty()) {
      segments.add(new Segment(current));
    }
    return new RunLayout(segments);
  }

  public int batches() {
    return segments.stream().mapToInt(s -> s.batches().size()).sum();
  }

  public int models() {
    return segments.stream().mapToInt(Segment::models).sum();
  }

  /** @throws IllegalArgumentException when the layout has no such batch */
  public Batch batch(int segment, int position) {
    if (segment >= segments.size() || position >= segments.get(segment).batches().size()) {
      throw new IllegalArgumentException("the run's layout has no batch " + position + " in segment " + segment
          + " (it has " + segments.size() + " segments)");
    }
    return segments.get(segment).batches().get(position);
  }
}
