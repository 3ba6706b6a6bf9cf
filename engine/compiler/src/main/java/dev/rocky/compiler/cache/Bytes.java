package dev.rocky.compiler.cache;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable byte buffer with the few encodings the cache uses (zig-zag varints, longs, UTF-8). */
final class Bytes {
  private byte[] buf;
  private int size;

  Bytes(int capacity) {
    buf = new byte[Math.max(16, capacity)];
  }

  int size() {
    return size;
  }

  byte[] array() {
    return buf;
  }

  byte[] toArray() {
    return Arrays.copyOf(buf, size);
  }

  private void ensure(int more) {
    if (size + more > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
    }
  }

  void writeByte(int b) {
    ensure(1);
    buf[size++] = (byte) b;
  }

  void writeBoolean(boolean v) {
    writeByte(v ? 1 : 0);
  }

  /** A signed int as a zig-zag varint (small magnitudes take one byte). */
  void writeInt(int v) {
    writeUnsigned((v << 1) ^ (v >> 31));
  }

  void writeUnsigned(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  void writeLong(long v) {
    ensure(8);
    for (int i = 7; i >= 0; i--) {
      buf[size++] = (byte) (v >>> (8 * i));
    }
  }

  void writeString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeUnsigned(b.length);
    write(b, 0, b.length);
  }

  /** Overwrites the 8 bytes at {@code at} (written earlier by {@link #writeLong}). */
  void setLong(int at, long v) {
    for (int i = 7; i >= 0; i--) {
      buf[at + 7 - i] = (byte) (v >>> (8 * i));
    }
  }

  void write(byte[] b, int off, int len) {
    ensure(len);
    System.arraycopy(b, off, buf, size, len);
    size += len;
  }

  /** Reads what {@link Bytes} wrote; throws {@link CorruptCacheException} past the end. */
  static final class Reader {
    private final byte[] buf;
    private int pos;
    private final int end;

    Reader(byte[] buf, int from, int end) {
      this.buf = buf;
      this.pos = from;
      this.end = end;
    }

    int readByte() {
      if (pos >= end) {
        throw new CorruptCacheException("truncated");
      }
      return buf[pos++] & 0xFF;
    }

    boolean readBoolean() {
      return readByte() != 0;
    }

    int readUnsigned() {
      int v = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = readByte();
        v |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return v;
        }
      }
      throw new CorruptCacheException("bad varint");
    }

    int readInt() {
      int v = readUnsigned();
      return (v >>> 1) ^ -(v & 1);
    }

    /** A count: non-negative and no larger than the bytes left could hold. */
    int readCount() {
      int n = readUnsigned();
      if (n < 0 || n > end - pos + 1) {
        throw new CorruptCacheException("bad count " + n);
      }
      return n;
    }

    long readLong() {
      if (end - pos < 8) {
        throw new CorruptCacheException("truncated");
      }
      long v = 0;
      for (int i = 0; i < 8; i++) {
        v = (v << 8) | (buf[pos++] & 0xFF);
      }
      return v;
    }

    String readString() {
      int n = readCount();
      if (end - pos < n) {
        throw new CorruptCacheException("truncated string");
      }
      String s = new String(buf, pos, n, StandardCharsets.UTF_8);
      pos += n;
      return s;
    }

    boolean atEnd() {
      return pos == end;
    }

    /** The offset of the next byte to read. */
    int position() {
      return pos;
    }
  }

  /** The cache does not read back; it is then ignored. */
  static final class CorruptCacheException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CorruptCacheException(String message) {
      super(message, null, false, false);
    }
  }
}
