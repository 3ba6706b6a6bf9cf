package dev.rocky.adapter.databricks;

import dev.rocky.core.config.Secret;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor(List.of(Secret.of("s3cr3t-value")));

  @Test
  void configuredSecretsAndTokenShapesAreMasked() {
    assertThat(redactor.scrub("password s3cr3t-value here")).isEqualTo("password *** here");
    assertThat(redactor.scrub("pat dapi0123456789abcdef0123456789abcdef-2 used")).isEqualTo("pat *** used");
    assertThat(redactor.scrub("Authorization: Bearer eyJhbGciOi.abc.def")).isEqualTo("Authorization: Bearer ***");
    assertThat(redactor.scrub("{\"access_token\":\"eyJx.y\",\"expires_in\":3600}"))
        .isEqualTo("{\"access_token\":\"***\",\"expires_in\":3600}");
    assertThat(redactor.scrub("client_secret=abc&grant_type=client_credentials"))
        .isEqualTo("client_secret=***&grant_type=client_credentials");
  }

  @Test
  void ordinaryTextIsUntouched() {
    assertThat(redactor.scrub("[TABLE_OR_VIEW_NOT_FOUND] The table `t` cannot be found."))
        .isEqualTo("[TABLE_OR_VIEW_NOT_FOUND] The table `t` cannot be found.");
    assertThat(redactor.scrub(null)).isEmpty();
  }
}
