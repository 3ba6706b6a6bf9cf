package dev.rocky.adapter.snowflake;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rocky.testkit.emulator.snowflake.SnowflakeEmulator;
import dev.rocky.core.error.RockyException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No credential shows in a configuration's or adapter's toString, an exception's message or stack
 * trace, or a log line of the adapter or the driver (captured at every level), whatever fails.
 */
class SnowflakeCredentialRedactionTest {
  private static final Logger ROOT = Logger.getLogger("");
  private final List<String> output = new ArrayList<>();
  private final Handler capture = new Handler() {
    private final SimpleFormatter formatter = new SimpleFormatter();

    @Override
    public void publish(LogRecord record) {
      synchronized (output) {
        output.add(formatter.format(record));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private final Logger driver = Logger.getLogger("net.snowflake");
  private final Logger adapter = Logger.getLogger("dev.rocky.adapter.snowflake");
  private SnowflakeEmulator emulator;
  @TempDir
  Path keys;

  @BeforeEach
  void start() {
    emulator = SnowflakeEmulator.start();
    capture.setLevel(Level.ALL);
    driver.setLevel(Level.ALL);
    adapter.setLevel(Level.ALL);
    ROOT.addHandler(capture);
  }

  @AfterEach
  void stop() {
    ROOT.removeHandler(capture);
    driver.setLevel(null);
    adapter.setLevel(null);
    emulator.close();
  }

  @Test
  void noCredentialShowsAnywhere() throws Exception {
    SnowflakeConfig good = SnowflakeEmulatedContractTest.config(emulator);
    Path key = KeyFiles.encrypted(KeyFiles.rsa(), keys, "passphrase-9876");
    List<SnowflakeConfig> configs = List.of(good,
        good.withAuth(new SnowflakeAuth.Password(Secret.of("wrong-password-5555"))),
        good.withAuth(new SnowflakeAuth.OAuth(Secret.of("wrong-oauth-token-4444"))),
        good.withAuth(new SnowflakeAuth.Pat(Secret.of("wrong-pat-3333"))),
        good.withAuth(new SnowflakeAuth.KeyPair(key, Secret.of("passphrase-9876"))));
    for (SnowflakeConfig config : configs) {
      output.add(config.toString());
      try (SnowflakeAdapter a = SnowflakeAdapter.open(config)) {
        output.add(a.toString());
        failure(() -> a.forModel("m").execute("SELEC 1"));
        failure(() -> a.query("SELECT * FROM PUBLIC.missing"));
      }
    }

    List<String> secrets = List.of(emulator.password(), "wrong-password-5555", "wrong-oauth-token-4444", "wrong-pat-3333",
        "passphrase-9876");
    synchronized (output) {
      assertThat(output).hasSizeGreaterThan(10);
      for (String line : output) {
        for (String secret : secrets) {
          assertThat(line).as("a message or log line").doesNotContain(secret);
        }
      }
    }
  }

  private void failure(Runnable call) {
    RockyException e = catchThrowableOfType(RockyException.class, call::run);
    assertThat(e).as("the call fails").isNotNull();
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    synchronized (output) {
      output.add(e.getMessage());
      output.add(trace.toString());
    }
  }
}
