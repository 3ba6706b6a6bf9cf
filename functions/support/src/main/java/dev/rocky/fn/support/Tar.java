package dev.rocky.fn.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A reader of POSIX tar streams, enough for project snapshots: regular files, with ustar name
 * prefixes, pax {@code path} records and GNU long names; directories, links and pax globals (git
 * archive's commit comment) are skipped.
 */
final class Tar {
  private static final int BLOCK = 512;

  private Tar() {}

  static boolean isTar(byte[] b) {
    return b.length >= 262 && new String(b, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
  }

  static Map<String, byte[]> read(InputStream in, long maxBytes, int maxFiles) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    long total = 0;
    String longName = null;
    while (true) {
      byte[] header = in.readNBytes(BLOCK);
      if (header.length < BLOCK || isZeros(header)) {
        return files;
      }
      long size = octal(header, 124, 12);
      char type = (char) header[156];
      if (size < 0 || size > maxBytes - total) {
        throw new IllegalArgumentException("the archive expands beyond " + maxBytes + " bytes");
      }
      byte[] body = in.readNBytes((int) size);
      if (body.length < size) {
        throw new IOException("truncated tar entry");
      }
      in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
      switch (type) {
        case 'x' -> longName = paxPath(body);
        case 'L' -> longName = cString(body, 0, body.length);
        case '0', '\0', '7' -> {
          String name = longName != null ? longName : name(header);
          longName = null;
          total += size;
          if (files.size() >= maxFiles) {
            throw new IllegalArgumentException("the archive has more than " + maxFiles + " files");
          }
          ProjectArchive.put(files, name, body);
        }
        default -> longName = type == 'g' ? longName : null;
      }
    }
  }

  private static String name(byte[] header) {
    String name = cString(header, 0, 100);
    String prefix = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar") ? cString(header, 345, 155) : "";
    return prefix.isEmpty() ? name : prefix + "/" + name;
  }

  /** The {@code path} of a pax extended header ({@code "<len> path=<value>\n"} records), or null. */
  private static @Nullable String paxPath(byte[] body) {
    String text = new String(body, StandardCharsets.UTF_8);
    int at = 0;
    while (at < text.length()) {
      int space = text.indexOf(' ', at);
      if (space < 0) {
        break;
      }
      int length = Integer.parseInt(text.substring(at, space));
      String record = text.substring(space + 1, at + length - 1);
      if (record.startsWith("path=")) {
        return record.substring(5);
      }
      at += length;
    }
    return null;
  }

  private static String cString(byte[] b, int from, int length) {
    int end = from;
    while (end < from + length && b[end] != 0) {
      end++;
    }
    return new String(b, from, end - from, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int from, int length) {
    String digits = cString(b, from, length).trim();
    return digits.isEmpty() ? 0 : Long.parseLong(digits, 8);
  }

  private static boolean isZeros(byte[] block) {
    for (byte x : block) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }
}
