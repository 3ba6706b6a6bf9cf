package dev.rocky.adapter.snowflake;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;

/** RSA key pairs for key-pair authentication tests, written as PKCS#8 PEM files (plain or encrypted). */
final class KeyFiles {
  private KeyFiles() {}

  static KeyPair rsa() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    return g.generateKeyPair();
  }

  static Path plain(KeyPair pair, Path dir) throws Exception {
    return write(dir.resolve("rsa_key.p8"), "PRIVATE KEY", pair.getPrivate().getEncoded());
  }

  /** PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC), as {@code openssl pkcs8 -topk8 -v2 aes256} writes it. */
  static Path encrypted(KeyPair pair, Path dir, String passphrase) throws Exception {
    String algorithm = "PBEWithHmacSHA256AndAES_256";
    byte[] salt = new byte[16];
    byte[] iv = new byte[16];
    new SecureRandom().nextBytes(salt);
    new SecureRandom().nextBytes(iv);
    Cipher cipher = Cipher.getInstance(algorithm);
    cipher.init(Cipher.ENCRYPT_MODE, SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(passphrase.toCharArray())),
        new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
    byte[] encrypted = cipher.doFinal(pair.getPrivate().getEncoded());
    AlgorithmParameters params = cipher.getParameters();
    // EncryptedPrivateKeyInfo ::= SEQUENCE { SEQUENCE { id-PBES2, PBES2-params }, OCTET STRING }
    byte[] algorithmId = der(0x30, concat(PBES2_OID, params.getEncoded()));
    return write(dir.resolve("rsa_key_encrypted.p8"), "ENCRYPTED PRIVATE KEY", der(0x30, concat(algorithmId, der(0x04, encrypted))));
  }

  /** The DER encoding of OID 1.2.840.113549.1.5.13 (PBES2). */
  private static final byte[] PBES2_OID = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x05, 0x0D};

  private static byte[] der(int tag, byte[] content) {
    int n = content.length;
    byte[] length = n < 0x80 ? new byte[] {(byte) n}
        : n < 0x100 ? new byte[] {(byte) 0x81, (byte) n} : new byte[] {(byte) 0x82, (byte) (n >> 8), (byte) n};
    return concat(new byte[] {(byte) tag}, concat(length, content));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Path write(Path file, String label, byte[] der) throws Exception {
    String pem = "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + label + "-----\n";
    return Files.writeString(file, pem);
  }
}
