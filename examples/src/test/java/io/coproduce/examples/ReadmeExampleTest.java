package io.coproduce.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps the README's code example compiling, running and identical to {@link #example()}. */
class ReadmeExampleTest {

  static void example() {
    // README-BEGIN
    PersonId child = PersonId.parse("yp-0042");
    PersonId mother = PersonId.parse("adult-0007");
    OrganisationId council = OrganisationId.parse("la-northshire");

    Person youngPerson = Person.youngPerson(
        child, BirthInformation.ofDate(LocalDate.of(2013, 4, 2)), Jurisdiction.ENGLAND);

    ParentalResponsibility responsibility = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(mother, child, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2013, 4, 2)),
        ResponsibilityClaim.of(council, child, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER,
            LocalDate.of(2024, 9, 1))));

    LocalDate today = LocalDate.of(2026, 11, 23);
    for (ResponsibilityFinding finding : responsibility.holdersOn(youngPerson, today)) {
      Reason why = finding.reasons().get(0);
      System.out.println(why.explanation() + " [" + why.source().citation() + "]");
    }
    // README-END
  }

  @Test
  void readmeShowsExactlyTheCodeThisTestRuns() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).as("README has a java block").isTrue();
    String source = Files.readString(
        Path.of("src/test/java/io/coproduce/examples/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
    String snippet = source.substring(source.indexOf("// README-BEGIN") + "// README-BEGIN".length(),
        source.indexOf("    // README-END"));

    assertThat(normalise(withoutComments(block.group(1)))).isEqualTo(normalise(snippet));
  }

  @Test
  void readmeExamplePrintsTheOutputItPromises() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(original);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(block.find()).isTrue();
    String promised = block.group(1).lines()
        .filter(l -> l.startsWith("// "))
        .map(l -> l.substring(3))
        .reduce("", (a, b) -> a.isEmpty() ? b : b.startsWith("  ") ? a + " " + b.strip() : a + "\n" + b);

    assertThat(printed.strip()).isEqualTo(promised.strip());
  }

  private static String withoutComments(String code) {
    return code.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + "\n" + b);
  }

  private static String normalise(String code) {
    return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + "\n" + b);
  }
}
