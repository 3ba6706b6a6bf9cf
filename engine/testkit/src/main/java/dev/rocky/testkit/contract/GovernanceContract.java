package dev.rocky.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rocky.core.error.ErrorType;
import dev.rocky.core.error.RockyException;
import dev.rocky.core.port.Grant;
import dev.rocky.core.port.WarehouseCapability;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link WarehouseCapability#MASKING} and {@link WarehouseCapability#GRANTS}: a mask changes what a
 * column reads as; a grant shows up until revoked; names that are not identifiers are refused as
 * user errors before any SQL runs.
 */
public interface GovernanceContract extends WarehouseFixture {

  @Test
  default void aMaskedColumnReadsAsTheMaskSays() {
    assumeTrue(adapter().supports(WarehouseCapability.MASKING), "the adapter cannot mask");
    adapter().execute("CREATE TABLE " + qualified("masked") + " (id BIGINT, secret " + contractDialect().stringType() + ")");
    adapter().execute("INSERT INTO " + qualified("masked") + " VALUES (1, 's3cr3t')");
    String mask = scratchSchema() + ".rocky_redact";
    adapter().execute(contractDialect().maskFunctionDdl(mask));

    adapter().applyColumnMask(table("masked"), "secret", mask);

    assertThat(rows("SELECT secret FROM " + qualified("masked"))).containsExactly(List.of("***"));
    assertThatThrownBy(() -> adapter().applyColumnMask(table("masked"), "secret", "x; DROP TABLE y"))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR));
    assertThat(adapter().tableExists(table("masked"))).isTrue();
  }

  @Test
  default void aGrantShowsUntilItIsRevoked() {
    assumeTrue(adapter().supports(WarehouseCapability.GRANTS), "the adapter cannot grant");
    adapter().execute("CREATE TABLE " + qualified("granted") + " (id BIGINT)");
    Grant grant = new Grant(contractDialect().grantee(), "SELECT", table("granted"));

    adapter().grant(grant);
    assertThat(keys(adapter().grants(table("granted")))).contains(key(grant));

    adapter().revoke(grant);
    assertThat(keys(adapter().grants(table("granted")))).doesNotContain(key(grant));

    assertThatThrownBy(() -> adapter().grant(new Grant("x'; DROP TABLE y; --", "SELECT", table("granted"))))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR));
    assertThatThrownBy(() -> adapter().grant(new Grant(contractDialect().grantee(), "SELECT ON x", table("granted"))))
        .isInstanceOfSatisfying(RockyException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.USER_ERROR));
  }

  private static List<String> keys(List<Grant> grants) {
    return grants.stream().map(GovernanceContract::key).toList();
  }

  /** Principal and privilege, case-insensitively (warehouses fold unquoted role names). */
  private static String key(Grant grant) {
    return (grant.principal() + "|" + grant.privilege()).toLowerCase(Locale.ROOT);
  }
}
