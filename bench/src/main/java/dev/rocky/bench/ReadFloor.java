package dev.rocky.bench;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The floor for a compile: a cold JVM that reads every file of a project (skipping {@code .rocky/})
 * with a reused buffer and checksums the bytes, and nothing else.
 *
 * <pre>java -cp bench/target/classes dev.rocky.bench.ReadFloor DIR</pre>
 */
public final class ReadFloor {
  private final byte[] buffer = new byte[1 << 16];
  private long files;
  private long bytes;
  private long checksum;

  private ReadFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReadFloor DIR");
      System.exit(2);
    }
    ReadFloor floor = new ReadFloor();
    floor.walk(new File(args[0]));
    System.out.println("files=" + floor.files + " bytes=" + floor.bytes + " checksum=" + Long.toHexString(floor.checksum));
  }

  private void walk(File dir) throws IOException {
    String[] names = dir.list();
    if (names == null) {
      throw new IOException("cannot list " + dir);
    }
    Arrays.sort(names);
    for (String name : names) {
      File f = new File(dir, name);
      if (f.isDirectory()) {
        if (!name.equals(".rocky")) {
          walk(f);
        }
      } else {
        read(f);
      }
    }
  }

  private void read(File f) throws IOException {
    try (FileInputStream in = new FileInputStream(f)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        bytes += n;
        for (int i = 0; i < n; i++) {
          checksum = checksum * 31 + buffer[i];
        }
      }
    }
    files++;
  }
}
