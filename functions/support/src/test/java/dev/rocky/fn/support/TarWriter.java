package dev.rocky.fn.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes small ustar archives for tests, with a pax path record for long names, as git archive does. */
final class TarWriter {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  TarWriter globalComment(String comment) {
    String record = "comment=" + comment + "\n";
    entry("pax_global_header", 'g', paxRecord(record));
    return this;
  }

  TarWriter directory(String name) {
    entry(name, '5', new byte[0]);
    return this;
  }

  TarWriter file(String name, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (name.length() > 99) {
      entry("PaxHeader", 'x', paxRecord("path=" + name + "\n"));
      entry(name.substring(0, 99), '0', body);
    } else {
      entry(name, '0', body);
    }
    return this;
  }

  TarWriter files(Map<String, String> files) {
    files.forEach(this::file);
    return this;
  }

  byte[] bytes() {
    out.writeBytes(new byte[1024]);
    return out.toByteArray();
  }

  private static byte[] paxRecord(String record) {
    int length = record.length() + 3;
    String line = length + " " + record;
    if (line.length() != length) {
      line = (length + 1) + " " + record;
    }
    return line.getBytes(StandardCharsets.UTF_8);
  }

  private void entry(String name, char type, byte[] body) {
    byte[] header = new byte[512];
    put(header, 0, name, 100);
    put(header, 100, "0000644", 8);
    put(header, 108, "0000000", 8);
    put(header, 116, "0000000", 8);
    put(header, 124, String.format("%011o", body.length), 12);
    put(header, 136, "00000000000", 12);
    for (int i = 148; i < 156; i++) {
      header[i] = ' ';
    }
    header[156] = (byte) type;
    put(header, 257, "ustar", 6);
    put(header, 263, "00", 2);
    int sum = 0;
    for (byte b : header) {
      sum += b & 0xff;
    }
    put(header, 148, String.format("%06o", sum), 7);
    out.writeBytes(header);
    out.writeBytes(body);
    out.writeBytes(new byte[(512 - body.length % 512) % 512]);
  }

  private static void put(byte[] header, int at, String value, int length) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(bytes, 0, header, at, Math.min(bytes.length, length));
  }
}
