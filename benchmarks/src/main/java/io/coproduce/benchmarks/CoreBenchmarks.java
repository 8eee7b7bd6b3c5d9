package io.coproduce.benchmarks;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core rules that run once per person per check: the age band on a date, who holds parental
 * responsibility, and reading level of an information sheet.
 *
 * <pre>
 *   mvn -B -pl benchmarks -am package -DskipTests
 *   java -jar benchmarks/target/benchmarks.jar CoreBenchmarks
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class CoreBenchmarks {

  private static final LocalDate ON = LocalDate.of(2026, 11, 23);

  private BirthInformation[] births;
  private Person child;
  private PersonId mother;
  private ParentalResponsibility responsibility;
  private String sheet;
  private int next;

  /** Builds 1,024 synthetic births and one looked-after child's claims. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261123L);
    births = new BirthInformation[1024];
    for (int i = 0; i < births.length; i++) {
      births[i] = BirthInformation.ofDate(ON.minusDays(random.nextInt(1, 25 * 366)));
    }
    PersonId childId = PersonId.parse("yp-1");
    mother = PersonId.parse("adult-1");
    child = Person.youngPerson(childId, BirthInformation.ofDate(LocalDate.of(2013, 4, 2)), Jurisdiction.ENGLAND);
    responsibility = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(mother, childId, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2013, 4, 2)),
        ResponsibilityClaim.of(io.coproduce.core.id.OrganisationId.parse("la-1"), childId,
            ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2024, 9, 1))));
    sheet = "We would like to hear what you think about your school. You can stop at any time. "
        + "You do not have to say why. We will keep what you tell us safe.";
  }

  /** Age and band of one person on a date. */
  @Benchmark
  public AgeBand ageBandOnADate() {
    next = (next + 1) & 1023;
    return AgeBand.of(births[next].ageOn(ON));
  }

  /** Whether a mother holds parental responsibility for a child under a care order, with reasons. */
  @Benchmark
  public boolean parentalResponsibilityFinding() {
    return responsibility.holds(mother, child, ON).holds();
  }

  /** Reading level of a four-sentence information sheet. */
  @Benchmark
  public double readingLevelOfAnInformationSheet() {
    return ReadingLevel.of(sheet).ukReadingAge();
  }
}
