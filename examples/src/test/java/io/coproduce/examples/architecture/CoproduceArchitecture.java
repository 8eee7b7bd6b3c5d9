package io.coproduce.examples.architecture;

import static com.tngtech.archunit.lang.conditions.ArchConditions.accessField;
import static com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The architecture of Coproduce as ArchUnit rules: the one-way module dependencies and the
 * {@code internal} packages of DESIGN.md section 1, explicit time and no console output from
 * section 2, and no grab-bag packages from STYLE.md "Layout".
 *
 * <p>The public fields are the rules for the real code under {@value #ROOT}; {@link
 * ArchitectureTest} checks them. Every rule is built by {@link #rulesFor(String)} from a root
 * package, so {@link CoproduceArchitectureTest} can build exactly the same rules for the fixtures
 * under {@code io.coproduce.archfixture} (whose sub-packages {@code core}, {@code consent}, ...
 * mirror the modules) and prove that each rule fails when it should.
 *
 * <p>A module is the first package segment below the root ({@code io.coproduce.consent..} is
 * the consent module). No rule allows an empty subject: ArchUnit's default "fail on empty should"
 * is pinned with {@code allowEmptyShould(false)} so that an import which silently misses the
 * library fails instead of passing. The only exceptions are the module layers that have no
 * classes yet, declared as {@code optionalLayer} (see {@link #moduleLayers(String)}).
 */
public final class CoproduceArchitecture {

  /** The root package of the real code. */
  public static final String ROOT = "io.coproduce";

  /** The library modules, lowest first; examples and benchmarks may use all of them. */
  static final List<String> LIBRARY_MODULES =
      List.of("core", "consent", "participation", "reporting");

  /** Package names that say nothing about what is in them (STYLE.md "Layout"). */
  static final List<String> GRAB_BAG_PACKAGE_NAMES =
      List.of("util", "utils", "common", "helper", "helpers", "misc");

  /** Types whose {@code now(...)} overloads read the system clock unless given a {@link Clock}. */
  static final Set<String> TYPES_WITH_NOW =
      Stream.of(
              LocalDate.class,
              LocalDateTime.class,
              LocalTime.class,
              Instant.class,
              ZonedDateTime.class,
              OffsetDateTime.class,
              OffsetTime.class,
              YearMonth.class,
              Year.class,
              MonthDay.class)
          .map(Class::getName)
          .collect(Collectors.toUnmodifiableSet());

  /** Factories of {@link Clock} that return a clock ticking with the system's wall time. */
  static final Set<String> SYSTEM_CLOCK_FACTORIES =
      Set.of(
          "systemUTC", "systemDefaultZone", "system", "tickMillis", "tickSeconds", "tickMinutes");

  /**
   * (a) Modules depend one way only: {@code consent -> core}, {@code participation -> consent,
   * core}, {@code reporting -> participation, consent, core}, {@code examples, benchmarks -> the
   * four library modules}; nothing depends on examples or benchmarks.
   */
  public static final ArchRule MODULE_LAYERS = moduleLayers(ROOT);

  /**
   * (b) Library code never reads the system clock: no {@code now()} without a {@link Clock}, no
   * {@code System.currentTimeMillis()} or {@code nanoTime()}, no {@code Clock.systemUTC()} and
   * friends.
   */
  public static final ArchRule EXPLICIT_TIME = explicitTime(ROOT);

  /**
   * (c) Library code never writes to the console: no {@code System.out}, no {@code System.err},
   * no {@code Throwable.printStackTrace()}.
   */
  public static final ArchRule NO_STANDARD_STREAMS = noStandardStreams(ROOT);

  /** (d) No package anywhere under the root is called util, utils, common, helper(s) or misc. */
  public static final ArchRule NO_GRAB_BAG_PACKAGES = noGrabBagPackages(ROOT);

  /** (e) A module's {@code internal} packages are used only from inside that module. */
  public static final ArchRule INTERNALS_STAY_INSIDE = internalsStayInside(ROOT);

  private CoproduceArchitecture() {}

  /**
   * Returns every rule for {@code root}, keyed by the name of the public field that holds the
   * same rule for {@value #ROOT}, in the order (a) to (e).
   */
  public static Map<String, ArchRule> rulesFor(String root) {
    Objects.requireNonNull(root, "root");
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("MODULE_LAYERS", moduleLayers(root));
    rules.put("EXPLICIT_TIME", explicitTime(root));
    rules.put("NO_STANDARD_STREAMS", noStandardStreams(root));
    rules.put("NO_GRAB_BAG_PACKAGES", noGrabBagPackages(root));
    rules.put("INTERNALS_STAY_INSIDE", internalsStayInside(root));
    return Collections.unmodifiableMap(rules);
  }

  /**
   * Rule (a). Only dependencies on classes under {@code root} count, so a module reaching a
   * class under the root that belongs to no module is a violation too.
   *
   * <p>{@code core} must have classes (an import that misses it fails the rule). The other
   * layers are optional because consent, participation and reporting have only a
   * {@code module-info.java} so far, examples has no main classes yet, and benchmarks is never on
   * the examples test class path (it depends on the library, not the other way round), so its
   * layer stays optional for good. When one of the others gets classes, turn its {@code
   * optionalLayer} into a {@code layer}, so that an import missing it fails.
   */
  public static ArchRule moduleLayers(String root) {
    return layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage(root + "..")
        .layer("core").definedBy(root + ".core..")
        .optionalLayer("consent").definedBy(root + ".consent..")
        .optionalLayer("participation").definedBy(root + ".participation..")
        .optionalLayer("reporting").definedBy(root + ".reporting..")
        .optionalLayer("examples").definedBy(root + ".examples..")
        .optionalLayer("benchmarks").definedBy(root + ".benchmarks..")
        .whereLayer("core").mayNotAccessAnyLayer()
        .whereLayer("consent").mayOnlyAccessLayers("core")
        .whereLayer("participation").mayOnlyAccessLayers("consent", "core")
        .whereLayer("reporting").mayOnlyAccessLayers("participation", "consent", "core")
        .whereLayer("examples")
        .mayOnlyAccessLayers("reporting", "participation", "consent", "core")
        .whereLayer("benchmarks")
        .mayOnlyAccessLayers("reporting", "participation", "consent", "core")
        .because("modules depend one way only (DESIGN.md section 1)")
        .allowEmptyShould(false);
  }

  /**
   * Rule (b). Method references ({@code Instant::now}) count as well as calls; {@code now(ZoneId)}
   * is banned like {@code now()}, since it reads the system clock too; only {@code now(Clock)} is
   * allowed. Besides the types named in the brief this covers {@code OffsetTime}, {@code
   * MonthDay}, {@code Clock.system(ZoneId)}, {@code Clock.tick*(ZoneId)} and {@code
   * InstantSource.system()}, which read the same clock.
   */
  public static ArchRule explicitTime(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(libraryPackages(root))
        .should(accessTargetWhere(readsTheSystemClock()))
        .because("time is explicit: rules take a Clock, Instant or LocalDate (DESIGN.md section 2)")
        .allowEmptyShould(false);
  }

  /**
   * Rule (c). {@code printStackTrace()} is caught on any throwable type, since the compiler names
   * the declared type of the variable ({@code IllegalStateException.printStackTrace()}), not
   * {@code Throwable}; the overloads that take a stream or writer are allowed (they write where
   * the caller says), reading {@code System.out} or {@code System.err} to pass them is not.
   */
  public static ArchRule noStandardStreams(String root) {
    return noClasses()
        .that()
        .resideInAnyPackage(libraryPackages(root))
        .should(accessField(System.class, "out"))
        .orShould(accessField(System.class, "err"))
        .orShould(accessTargetWhere(printsAStackTraceToTheConsole()))
        .because("the library logs through SLF4J, ids only, and never prints (DESIGN.md section 2)")
        .allowEmptyShould(false);
  }

  /** Rule (d). Only packages under {@code root} count, so {@code com.google.common} does not. */
  public static ArchRule noGrabBagPackages(String root) {
    String[] grabBags =
        GRAB_BAG_PACKAGE_NAMES.stream()
            .map(name -> root + ".." + name + "..")
            .toArray(String[]::new);
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .resideInAnyPackage(grabBags)
        .because("one package per concept, no util/common/helpers/misc packages (STYLE.md)")
        .allowEmptyShould(false);
  }

  /**
   * Rule (e). A class in {@code root.X..internal..} may be used only by classes in {@code
   * root.X..}; a class under the root outside every module may use no internal package.
   */
  public static ArchRule internalsStayInside(String root) {
    return classes()
        .that()
        .resideInAPackage(root + "..")
        .should(onlyHaveDependenciesWhere(stayOutOfOtherModulesInternals(root)))
        .because("a module's public API is its non-internal packages (DESIGN.md section 1)")
        .allowEmptyShould(false);
  }

  /** The packages of the library modules under {@code root}. */
  static String[] libraryPackages(String root) {
    return LIBRARY_MODULES.stream()
        .map(module -> root + "." + module + "..")
        .toArray(String[]::new);
  }

  /** Returns the module of a package under {@code root}: the first segment below the root. */
  static Optional<String> moduleOf(String root, String packageName) {
    String prefix = root + ".";
    if (!packageName.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = packageName.substring(prefix.length());
    int dot = rest.indexOf('.');
    return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
  }

  private static DescribedPredicate<JavaAccess<?>> readsTheSystemClock() {
    return DescribedPredicate.describe(
        "target reads the system clock (now() without a Clock, System.currentTimeMillis(),"
            + " System.nanoTime(), Clock.systemUTC(), Clock.systemDefaultZone(), ...)",
        access -> {
          if (!(access.getTarget() instanceof CodeUnitAccessTarget target)) {
            return false;
          }
          String owner = target.getOwner().getName();
          String name = target.getName();
          if (name.equals("now") && TYPES_WITH_NOW.contains(owner)) {
            return target.getRawParameterTypes().stream()
                .noneMatch(type -> type.isEquivalentTo(Clock.class));
          }
          if (owner.equals(System.class.getName())) {
            return name.equals("currentTimeMillis") || name.equals("nanoTime");
          }
          if (owner.equals(Clock.class.getName())) {
            return SYSTEM_CLOCK_FACTORIES.contains(name);
          }
          return owner.equals(InstantSource.class.getName()) && name.equals("system");
        });
  }

  private static DescribedPredicate<JavaAccess<?>> printsAStackTraceToTheConsole() {
    return DescribedPredicate.describe(
        "target is Throwable.printStackTrace()",
        access ->
            access.getTarget() instanceof CodeUnitAccessTarget target
                && target.getName().equals("printStackTrace")
                && target.getRawParameterTypes().isEmpty()
                && target.getOwner().isAssignableTo(Throwable.class));
  }

  private static DescribedPredicate<Dependency> stayOutOfOtherModulesInternals(String root) {
    return DescribedPredicate.describe(
        "the target is not in an internal package of another module",
        dependency -> {
          JavaClass target = dependency.getTargetClass().getBaseComponentType();
          Optional<String> targetModule = moduleOf(root, target.getPackageName());
          if (targetModule.isEmpty()) {
            return true;
          }
          String internal = root + "." + targetModule.get() + "..internal..";
          return !PackageMatcher.of(internal).matches(target.getPackageName())
              || moduleOf(root, dependency.getOriginClass().getPackageName()).equals(targetModule);
        });
  }
}
