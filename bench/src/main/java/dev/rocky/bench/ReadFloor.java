package dev.rocky.bench;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * The floor for a compile, as issue 16 defines it: a cold JVM that reads every file of a project
 * (skipping {@code .rocky/}) with a reused buffer and lexes every model file, and nothing else.
 *
 * <p>The lexer is the least a SQL front end must do with each byte: it splits a {@code .sql} file
 * into words, numbers, quoted strings and identifiers, comments and punctuation, and folds each
 * token's kind and length into a checksum so that the work cannot be skipped. Other files are read
 * and checksummed byte by byte.
 *
 * <pre>java -cp bench/target/classes dev.rocky.bench.ReadFloor DIR</pre>
 */
public final class ReadFloor {
  private byte[] buffer = new byte[1 << 16];
  private long files;
  private long bytes;
  private long tokens;
  private long checksum;

  private ReadFloor() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ReadFloor DIR");
      System.exit(2);
    }
    System.out.println(measure(new File(args[0])));
  }

  /** What one pass over a project read: files, bytes, SQL tokens, and the checksum of it all. */
  record Pass(long files, long bytes, long tokens, long checksum) {
    @Override
    public String toString() {
      return "files=" + files + " bytes=" + bytes + " tokens=" + tokens + " checksum=" + Long.toHexString(checksum);
    }
  }

  static Pass measure(File dir) throws IOException {
    ReadFloor floor = new ReadFloor();
    floor.walk(dir);
    return new Pass(floor.files, floor.bytes, floor.tokens, floor.checksum);
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
        int n = read(f);
        if (name.endsWith(".sql")) {
          lex(n);
        } else {
          for (int i = 0; i < n; i++) {
            checksum = checksum * 31 + buffer[i];
          }
        }
      }
    }
  }

  /** Reads the whole file into the buffer (grown when needed) and returns its length. */
  private int read(File f) throws IOException {
    int n = 0;
    try (FileInputStream in = new FileInputStream(f)) {
      int r;
      while ((r = in.read(buffer, n, buffer.length - n)) > 0) {
        n += r;
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
    }
    files++;
    bytes += n;
    return n;
  }

  private void lex(int n) {
    byte[] b = buffer;
    int i = 0;
    while (i < n) {
      int c = b[i];
      int start = i;
      int kind;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      } else if (c == '-' && i + 1 < n && b[i + 1] == '-') {
        while (i < n && b[i] != '\n') {
          i++;
        }
        kind = 1;
      } else if (c == '/' && i + 1 < n && b[i + 1] == '*') {
        i += 2;
        while (i + 1 < n && !(b[i] == '*' && b[i + 1] == '/')) {
          i++;
        }
        i = Math.min(n, i + 2);
        kind = 2;
      } else if (c == '\'' || c == '"' || c == '`') {
        i++;
        while (i < n && b[i] != c) {
          i++;
        }
        i = Math.min(n, i + 1);
        kind = 3;
      } else if (Character.isLetter(c) || c == '_') {
        while (i < n && (Character.isLetterOrDigit(b[i]) || b[i] == '_' || b[i] == '$')) {
          i++;
        }
        kind = 4;
      } else if (c >= '0' && c <= '9') {
        while (i < n && ((b[i] >= '0' && b[i] <= '9') || b[i] == '.' || b[i] == 'e' || b[i] == 'E')) {
          i++;
        }
        kind = 5;
      } else {
        i++;
        kind = 6;
      }
      tokens++;
      checksum = checksum * 31 + kind * 1_000_003L + (i - start);
    }
  }
}
