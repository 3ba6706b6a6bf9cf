package dev.rocky.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LeaseOwnerTest {

  @Test
  void roundTripsThroughItsText() {
    LeaseOwner owner = new LeaseOwner("build-01.example.com", 4321, "run-20260102-030405-123");
    assertThat(owner.id()).isEqualTo("build-01.example.com:4321:run-20260102-030405-123");
    assertThat(LeaseOwner.parse(owner.id())).hasValue(owner);
    assertThat(LeaseOwner.parse("fe80::1:4321:run-x")).hasValue(new LeaseOwner("fe80::1", 4321, "run-x"));
  }

  @Test
  void otherSpellingsAreNotOwnersWeUnderstand() {
    assertThat(LeaseOwner.parse("someone")).isEmpty();
    assertThat(LeaseOwner.parse("host:notapid:run")).isEmpty();
    assertThat(LeaseOwner.parse(":1:run")).isEmpty();
  }

  @Test
  void onlyADeadProcessOfThisHostIsGone() throws Exception {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    assertThat(new LeaseOwner("here", p.pid(), "r").isGoneFrom("here")).isTrue();
    assertThat(new LeaseOwner("elsewhere", p.pid(), "r").isGoneFrom("here")).isFalse();
    assertThat(LeaseOwner.current("here", "r").isGoneFrom("here")).isFalse();
  }
}
