package dev.rocky.compiler;

import dev.rocky.compiler.cache.Digest;

/**
 * Cache keys: a 128-bit hash with MurmurHash3's x64 mixing over the characters fed to a {@link Hasher}. Not
 * cryptographic, and it need not be: the keys only tell whether a model's inputs changed since the
 * last compile, and a 128-bit accidental collision is not a practical concern. It is an order of
 * magnitude cheaper than SHA-256 in a C1-compiled CLI (which has no SHA intrinsic).
 */
final class Hashing {
  private Hashing() {}

  static Hasher hasher() {
    return new Hasher();
  }

  /** Accumulates strings, numbers and separators; {@link #digest()} finishes. Not thread-safe. */
  static final class Hasher {
    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;
    private long h1 = 0x9368e53c2f6af274L;
    private long h2 = 0x586dcd208f7cd3fdL;
    private long buffer;
    private int buffered; // 16-bit units in `buffer` (0..3), then a block of two longs is mixed
    private long pending;
    private boolean hasPending;
    private long length;

    Hasher putString(CharSequence s) {
      int n = s.length();
      int i = 0;
      if (buffered == 0) {
        // Whole blocks of four characters at a time, without the per-character bookkeeping.
        for (; i + 4 <= n; i += 4) {
          long block = s.charAt(i) | ((long) s.charAt(i + 1) << 16) | ((long) s.charAt(i + 2) << 32)
              | ((long) s.charAt(i + 3) << 48);
          length += 8;
          if (hasPending) {
            mix(pending, block);
            hasPending = false;
          } else {
            pending = block;
            hasPending = true;
          }
        }
      }
      for (; i < n; i++) {
        putChar(s.charAt(i));
      }
      return putInt(n); // length-delimited: ("ab","c") and ("a","bc") differ
    }

    Hasher putInt(int v) {
      putChar((char) (v >>> 16));
      return putChar((char) v);
    }

    Hasher putLong(long v) {
      putInt((int) (v >>> 32));
      return putInt((int) v);
    }

    Hasher putBoolean(boolean v) {
      return putChar(v ? '1' : '0');
    }

    Hasher putDigest(Digest d) {
      return putLong(d.hi()).putLong(d.lo());
    }

    private Hasher putChar(char c) {
      buffer |= ((long) c) << (16 * buffered);
      length += 2;
      if (++buffered == 4) {
        if (hasPending) {
          mix(pending, buffer);
          hasPending = false;
        } else {
          pending = buffer;
          hasPending = true;
        }
        buffer = 0;
        buffered = 0;
      }
      return this;
    }

    private void mix(long k1, long k2) {
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
      h1 = Long.rotateLeft(h1, 27);
      h1 += h2;
      h1 = h1 * 5 + 0x52dce729;
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
      h2 = Long.rotateLeft(h2, 31);
      h2 += h1;
      h2 = h2 * 5 + 0x38495ab5;
    }

    Digest digest() {
      long k1 = hasPending ? pending : buffer;
      long k2 = hasPending ? buffer : 0;
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
      k2 *= C2;
      k2 = Long.rotateLeft(k2, 33);
      k2 *= C1;
      h2 ^= k2;
      h1 ^= length;
      h2 ^= length;
      h1 += h2;
      h2 += h1;
      h1 = fmix(h1);
      h2 = fmix(h2);
      h1 += h2;
      h2 += h1;
      return new Digest(h1, h2);
    }

    private static long fmix(long k) {
      k ^= k >>> 33;
      k *= 0xff51afd7ed558ccdL;
      k ^= k >>> 33;
      k *= 0xc4ceb9fe1a85ec53L;
      k ^= k >>> 33;
      return k;
    }
  }
}
