package dev.rocky.adapter.snowflake;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/** Opens Snowflake sessions: the one place the JDBC driver is called to connect. */
@FunctionalInterface
interface ConnectionSource {

  Connection open() throws SQLException;

  /** Sessions from Snowflake's JDBC driver, for {@code config}. */
  static ConnectionSource driver(SnowflakeConfig config) {
    String url = SnowflakeJdbc.url(config);
    return () -> {
      Properties properties = SnowflakeJdbc.properties(config);
      Connection c = driverInstance().connect(url, properties);
      if (c == null) {
        throw new SQLException("the Snowflake driver did not accept " + url, "08001");
      }
      return c;
    };
  }

  private static Driver driverInstance() throws SQLException {
    try {
      return (Driver) Class.forName(SnowflakeJdbc.DRIVER).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SQLException("Snowflake's JDBC driver (" + SnowflakeJdbc.DRIVER + ") is not on the class path", "08001", e);
    }
  }
}
