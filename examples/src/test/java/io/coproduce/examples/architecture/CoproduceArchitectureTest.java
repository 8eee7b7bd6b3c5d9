package io.coproduce.examples.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitReference;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ViolationHandler;
import io.coproduce.archfixture.core.grabbag.utility.InUtility;
import io.coproduce.core.age.AgeBand;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves that every rule of {@link CoproduceArchitecture} can fail. The same rules are built for
 * the root {@value #FIXTURE_ROOT}, whose sub-packages mirror the modules and hold deliberate
 * violations (see {@code io.coproduce.archfixture}). Each rule has one fixture, the fixture classes
 * in packages named by the rule's marker; the rule must report its own fixture, report none of
 * the others, and report exactly the violating classes, not their compliant look-alikes.
 */
class CoproduceArchitectureTest {

  static final String FIXTURE_ROOT = "io.coproduce.archfixture";

  /** Rule name to the package segment that marks its fixture. */
  private static final Map<String, String> MARKERS = markers();

  private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURE_ROOT);

  private static final Map<String, ArchRule> RULES = CoproduceArchitecture.rulesFor(FIXTURE_ROOT);

  private static Map<String, String> markers() {
    Map<String, String> markers = new LinkedHashMap<>();
    markers.put("MODULE_LAYERS", "layering");
    markers.put("EXPLICIT_TIME", "clock");
    markers.put("NO_STANDARD_STREAMS", "console");
    markers.put("NO_GRAB_BAG_PACKAGES", "grabbag");
    markers.put("INTERNALS_STAY_INSIDE", "leak");
    return markers;
  }

  private static JavaClasses fixtureOf(String rule) {
    return FIXTURES.that(resideInAPackage(".." + MARKERS.get(rule) + ".."));
  }

  @Test
  void everyRuleHasANonEmptyFixture() {
    assertThat(MARKERS.keySet()).containsExactlyElementsOf(RULES.keySet());
    MARKERS.keySet().forEach(rule -> assertThat(fixtureOf(rule)).as(rule).isNotEmpty());
  }

  static Stream<Arguments> rulesAndFixtures() {
    return MARKERS.keySet().stream()
        .flatMap(rule -> MARKERS.keySet().stream().map(fixture -> Arguments.of(rule, fixture)));
  }

  @ParameterizedTest(name = "{0} on the fixture of {1}")
  @MethodSource("rulesAndFixtures")
  void ruleReportsItsOwnFixtureAndNoOther(String rule, String fixture) {
    boolean own = rule.equals(fixture);

    assertThat(RULES.get(rule).evaluate(fixtureOf(fixture)).hasViolation()).isEqualTo(own);
    if (own) {
      assertThatThrownBy(() -> RULES.get(rule).check(fixtureOf(fixture)))
          .isInstanceOf(AssertionError.class);
    }
  }

  @Test
  void moduleLayersReportEveryForbiddenArrowAndNoAllowedOne() {
    assertThat(violatingClasses("MODULE_LAYERS"))
        .containsExactlyInAnyOrder(
            "core.layering.CoreUsesConsent",
            "core.layering.CoreUsesStray",
            "consent.layering.ConsentUsesParticipation",
            "participation.layering.ParticipationUsesReporting",
            "reporting.layering.ReportingUsesExamples",
            "examples.layering.ExampleUsesBenchmarks",
            "benchmarks.layering.BenchmarkUsesExamples");
  }

  @Test
  void explicitTimeReportsEveryLibraryModuleButNotExamplesOrAPassedClock() {
    assertThat(violatingClasses("EXPLICIT_TIME"))
        .containsExactlyInAnyOrder(
            "core.clock.ReadsSystemClock",
            "consent.clock.ConsentReadsSystemClock",
            "participation.clock.ParticipationReadsSystemClock",
            "reporting.clock.ReportingReadsSystemClock");
  }

  @Test
  void explicitTimeReportsEveryWayOfReadingTheSystemClock() {
    JavaClasses fixture =
        fixtureOf("EXPLICIT_TIME").that(resideInAPackage(FIXTURE_ROOT + ".core.clock"));

    assertThat(violatingTargets("EXPLICIT_TIME", fixture))
        .containsExactlyInAnyOrder(
            "LocalDate.now()",
            "LocalDate.now(ZoneId)",
            "LocalDateTime.now()",
            "LocalTime.now()",
            "Instant.now()",
            "ZonedDateTime.now()",
            "OffsetDateTime.now()",
            "OffsetTime.now()",
            "YearMonth.now()",
            "Year.now()",
            "MonthDay.now()",
            "System.currentTimeMillis()",
            "System.nanoTime()",
            "Clock.systemUTC()",
            "Clock.systemDefaultZone()",
            "Clock.system(ZoneId)",
            "Clock.tickSeconds(ZoneId)",
            "InstantSource.system()",
            "Instant::now()");
  }

  @Test
  void noStandardStreamsReportsOutErrAndPrintStackTraceOnAnyThrowable() {
    assertThat(violatingClasses("NO_STANDARD_STREAMS"))
        .containsExactlyInAnyOrder(
            "core.console.PrintsToConsole", "reporting.console.ReportingPrints");
    assertThat(violatingTargets("NO_STANDARD_STREAMS", fixtureOf("NO_STANDARD_STREAMS")))
        .containsExactlyInAnyOrder(
            "System.out",
            "System.out",
            "System.err",
            "IllegalStateException.printStackTrace()",
            "Throwable.printStackTrace()",
            "Throwable::printStackTrace()");
  }

  @Test
  void noGrabBagPackagesReportsEachNameAtAnyDepthButNotLookAlikes() {
    assertThat(violatingClasses("NO_GRAB_BAG_PACKAGES"))
        .containsExactlyInAnyOrder(
            "core.grabbag.util.InUtil",
            "consent.grabbag.utils.InUtils",
            "participation.grabbag.common.InCommon",
            "reporting.grabbag.helper.InHelper",
            "examples.grabbag.helpers.InHelpers",
            "misc.grabbag.InMisc");
  }

  @Test
  void noGrabBagPackagesIgnoresPackagesOutsideTheRoot() {
    JavaClasses withGuava =
        new ClassFileImporter()
            .importClasses(Strings.class, ImmutableList.class, AgeBand.class, InUtility.class);

    assertThat(CoproduceArchitecture.NO_GRAB_BAG_PACKAGES.evaluate(withGuava).hasViolation())
        .isFalse();
    assertThat(RULES.get("NO_GRAB_BAG_PACKAGES").evaluate(withGuava).hasViolation()).isFalse();
  }

  @Test
  void internalsStayInsideReportsOnlyUseFromAnotherModule() {
    assertThat(violatingClasses("INTERNALS_STAY_INSIDE"))
        .containsExactlyInAnyOrder(
            "consent.leak.ConsentUsesCoreInternal", "examples.leak.ExampleUsesConsentInternal");
  }

  /** Returns the distinct top-level classes a rule reports on its fixture, relative to the root. */
  private static Set<String> violatingClasses(String rule) {
    return violatingObjects(RULES.get(rule), fixtureOf(rule)).stream()
        .map(CoproduceArchitectureTest::originOf)
        .map(CoproduceArchitectureTest::topLevelName)
        .map(name -> name.substring(FIXTURE_ROOT.length() + 1))
        .collect(Collectors.toSet());
  }

  /**
   * Returns what each reported access reached, as {@code Owner.member(Parameters)} for a call,
   * {@code Owner::member(Parameters)} for a method reference and {@code Owner.field} for a field.
   */
  private static List<String> violatingTargets(String rule, JavaClasses classes) {
    return violatingObjects(RULES.get(rule), classes).stream()
        .map(JavaAccess.class::cast)
        .map(CoproduceArchitectureTest::describeTarget)
        .collect(Collectors.toList());
  }

  private static List<Object> violatingObjects(ArchRule rule, JavaClasses classes) {
    List<Object> objects = new ArrayList<>();
    ViolationHandler<Object> collect =
        (Collection<Object> violating, String message) -> objects.addAll(violating);
    rule.evaluate(classes).handleViolations(collect);
    return objects;
  }

  private static JavaClass originOf(Object violating) {
    if (violating instanceof Dependency dependency) {
      return dependency.getOriginClass();
    }
    if (violating instanceof JavaAccess<?> access) {
      return access.getOriginOwner();
    }
    if (violating instanceof JavaClass javaClass) {
      return javaClass;
    }
    throw new AssertionError("unexpected kind of violation: " + violating);
  }

  private static String topLevelName(JavaClass javaClass) {
    String name = javaClass.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }

  private static String describeTarget(JavaAccess<?> access) {
    String owner = access.getTarget().getOwner().getSimpleName();
    String name = access.getTarget().getName();
    if (access instanceof JavaFieldAccess) {
      return owner + "." + name;
    }
    String separator = access instanceof JavaCodeUnitReference ? "::" : ".";
    String parameters =
        ((CodeUnitAccessTarget) access.getTarget())
            .getRawParameterTypes().stream()
            .map(JavaClass::getSimpleName)
            .collect(Collectors.joining(", "));
    return owner + separator + name + "(" + parameters + ")";
  }
}
