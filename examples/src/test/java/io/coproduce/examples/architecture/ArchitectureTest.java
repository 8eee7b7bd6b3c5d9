package io.coproduce.examples.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.coproduce.core.age.AgeBand;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks every rule of {@link CoproduceArchitecture} against the real code: all production
 * classes under {@code io.coproduce} on the examples test class path, which holds every library
 * module (as {@code target/classes} directories or jars, depending on how far the reactor built)
 * and the examples' own main classes, but not test classes, so the fixtures of {@link
 * CoproduceArchitectureTest} stay out. The sanity tests make sure the import really found the
 * library, since a rule checked against nothing would pass for the wrong reason.
 */
class ArchitectureTest {

  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(CoproduceArchitecture.ROOT);

  static Stream<Arguments> rules() {
    return ruleFields().map(field -> Arguments.of(field.getName(), ruleIn(field)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void holds(String name, ArchRule rule) {
    rule.check(CLASSES);
  }

  @Test
  void importFindsTheCoreModule() {
    assertThat(CLASSES.contain(AgeBand.class))
        .as("io.coproduce.core.age.AgeBand among %s imported classes", CLASSES.size())
        .isTrue();
  }

  @Test
  void importLeavesOutTestClasses() {
    assertThat(CLASSES.that(resideInAPackage(CoproduceArchitectureTest.FIXTURE_ROOT + "..")))
        .isEmpty();
    assertThat(CLASSES.contain(ArchitectureTest.class)).isFalse();
  }

  @Test
  void everyPublicRuleHasAFixtureTwin() {
    Set<String> built = CoproduceArchitecture.rulesFor(CoproduceArchitecture.ROOT).keySet();

    assertThat(ruleFields().map(Field::getName)).containsExactlyElementsOf(built);
  }

  /** A rule that checked no classes must fail, or an import that misses the library would pass. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void failsOnAnImportWithoutTheLibrary(String name, ArchRule rule) {
    JavaClasses noLibrary = new ClassFileImporter().importClasses(List.of());
    String why =
        name.equals("MODULE_LAYERS") ? "Layer 'core' is empty" : "failed to check any classes";

    assertThatThrownBy(() -> rule.check(noLibrary))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(why);
  }

  private static Stream<Field> ruleFields() {
    return Arrays.stream(CoproduceArchitecture.class.getDeclaredFields())
        .filter(field -> field.getType().equals(ArchRule.class))
        .filter(field -> Modifier.isPublic(field.getModifiers()))
        .filter(field -> Modifier.isStatic(field.getModifiers()));
  }

  private static ArchRule ruleIn(Field field) {
    try {
      return (ArchRule) field.get(null);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
