package io.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runsTheScenarioOnItsDefaultDate() {
    Run r = run();

    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("Coproduce training scenario on 2026-11-23")
        .contains("la-northshire for yp-amber-01: HOLDS")
        .contains("la-northshire for yp-cedar-03: does not hold")
        .contains("Children Act 1989 s.20")
        .contains("adult-elm-05 for yp-birch-02: does not hold")
        .contains("adult-fir-06 for yp-dune-04: does not hold")
        .contains("Looking back to 2010-06-01")
        .contains("registration alone gives parental responsibility in England only from that date")
        .contains("Reading age");
  }

  @Test
  void sameDateGivesTheSameOutput() {
    assertThat(run("--date", "2027-03-01").out()).isEqualTo(run("--date", "2027-03-01").out());
  }

  @Test
  void badArgumentsGetAClearMessageAndStatusTwo() {
    assertThat(run("--date", "tomorrow")).satisfies(r -> {
      assertThat(r.status()).isEqualTo(2);
      assertThat(r.err()).contains("--date must be yyyy-mm-dd");
    });
    assertThat(run("--date").status()).isEqualTo(2);
    assertThat(run("--frobnicate").err()).contains("unknown argument");
  }

  @Test
  void aDateBeforeSomeoneWasBornIsReportedWithoutAStackTrace() {
    Run r = run("--date", "2005-01-01");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").doesNotContain("Exception");
  }

  @Test
  void helpPrintsUsage() {
    assertThat(run("--help").out()).contains("usage");
  }
}
