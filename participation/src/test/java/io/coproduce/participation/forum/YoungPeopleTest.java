package io.coproduce.participation.forum;

import static io.coproduce.participation.Rejections.rejectionOf;
import static io.coproduce.participation.forum.ForumFixtures.ADULT;
import static io.coproduce.participation.forum.ForumFixtures.YP_1;
import static io.coproduce.participation.forum.ForumFixtures.practitioner;
import static io.coproduce.participation.forum.ForumFixtures.youngPerson;
import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Role;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.forum.YoungPeople.Standing;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YoungPeopleTest {

  private static final LocalDate ON = LocalDate.of(2026, 3, 1);
  private static final PersonId P = PersonId.parse("p-1");

  private static Person young(BirthInformation birth) {
    return Person.youngPerson(P, birth, Jurisdiction.WALES);
  }

  static Stream<Arguments> standings() {
    return Stream.of(
        Arguments.of("a 15-year-old young person", young(BirthInformation.ofDate(LocalDate.of(2010, 6, 1))),
            Standing.YOUNG_PERSON),
        Arguments.of("a baby, who takes part through a parent but is still young", young(
            BirthInformation.ofDate(LocalDate.of(2025, 12, 1))), Standing.YOUNG_PERSON),
        Arguments.of("born on the day", young(BirthInformation.ofDate(ON)), Standing.YOUNG_PERSON),
        Arguments.of("the last day of being 25", young(BirthInformation.ofDate(LocalDate.of(2000, 3, 2))),
            Standing.YOUNG_PERSON),
        Arguments.of("the 26th birthday", young(BirthInformation.ofDate(LocalDate.of(2000, 3, 1))),
            Standing.MAY_BE_OVER_MAX_AGE),
        Arguments.of("25 though born 26 calendar years before", young(BirthInformation.ofDate(LocalDate.of(2000, 12, 31))),
            Standing.YOUNG_PERSON),
        Arguments.of("born in 2000, so 25 or 26", young(BirthInformation.ofYear(2000)), Standing.MAY_BE_OVER_MAX_AGE),
        Arguments.of("born in 2001, so 24 or 25", young(BirthInformation.ofYear(2001)), Standing.YOUNG_PERSON),
        Arguments.of("aged 20 to 30 when seen", young(BirthInformation.ofAgeRange(20, 30, ON)),
            Standing.MAY_BE_OVER_MAX_AGE),
        Arguments.of("a young person role on a very old record", young(BirthInformation.ofYear(1870)),
            Standing.MAY_BE_OVER_MAX_AGE),
        Arguments.of("born after the date", young(BirthInformation.ofDate(ON.plusDays(1))),
            Standing.NOT_KNOWN_TO_BE_BORN),
        Arguments.of("born in the year of the date, perhaps after it", young(BirthInformation.ofYear(2026)),
            Standing.NOT_KNOWN_TO_BE_BORN),
        Arguments.of("a 17-year-old carer without the young person role", Person.of(P,
            BirthInformation.ofDate(LocalDate.of(2008, 6, 1)), Jurisdiction.ENGLAND, Role.PARENT_OR_CARER),
            Standing.NOT_A_YOUNG_PERSON),
        Arguments.of("a 20-year-old young person who also facilitates", Person.of(P,
            BirthInformation.ofDate(LocalDate.of(2005, 6, 1)), Jurisdiction.ENGLAND, Role.FACILITATOR,
            Role.YOUNG_PERSON), Standing.YOUNG_PERSON));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("standings")
  void countsSomeoneWithTheYoungPersonRoleWhoIsCertainlyTwentyFiveOrUnder(String who, Person person,
      Standing expected) {
    YoungPeople people = YoungPeople.of(List.of(person));
    assertThat(people.standingOn(P, ON)).isEqualTo(expected);
    assertThat(people.isYoungPersonOn(P, ON)).isEqualTo(expected == Standing.YOUNG_PERSON);
  }

  @Test
  void anIdWithoutARecordIsNotCounted() {
    YoungPeople people = YoungPeople.of(List.of(youngPerson(YP_1, LocalDate.of(2010, 1, 1))));
    assertThat(people.standingOn(ADULT, ON)).isEqualTo(Standing.NO_RECORD);
    assertThat(people.isYoungPersonOn(ADULT, ON)).isFalse();
    assertThat(YoungPeople.none().standingOn(YP_1, ON)).isEqualTo(Standing.NO_RECORD);
    assertThat(YoungPeople.none().size()).isZero();
  }

  @Test
  void theSameRecordTwiceIsOneRecordButTwoDifferentRecordsForAnIdAreRefused() {
    Person yp = youngPerson(YP_1, LocalDate.of(2010, 1, 1));
    assertThat(YoungPeople.of(List.of(yp, yp)).size()).isEqualTo(1);
    assertThat(YoungPeople.of(List.of(yp, yp)).record(YP_1)).contains(yp);
    assertThat(YoungPeople.of(List.of(yp)).record(ADULT)).isEmpty();
    Person other = youngPerson(YP_1, LocalDate.of(2011, 1, 1));
    var e = rejectionOf(() -> YoungPeople.of(List.of(yp, other)));
    assertThat(e.field()).isEqualTo("people");
    assertThat(e.offendingValue()).contains("yp-1");
    assertThat(e.getMessage()).doesNotContain("2010", "2011");
  }

  @Test
  void standingsSayWhichAreDoubtsInTheRecords() {
    assertThat(Arrays.stream(Standing.values()).filter(Standing::counts)).containsExactly(Standing.YOUNG_PERSON);
    assertThat(Arrays.stream(Standing.values()).filter(Standing::isDoubtful))
        .containsExactly(Standing.MAY_BE_OVER_MAX_AGE, Standing.NOT_KNOWN_TO_BE_BORN, Standing.NO_RECORD);
    assertThat(Arrays.stream(Standing.values()).map(Standing::label)).doesNotHaveDuplicates();
    assertThat(Standing.MAY_BE_OVER_MAX_AGE.label()).isEqualTo("may be over 25");
  }

  @Test
  void theRuleIsALibraryDefaultNamingTheRemit() {
    RuleSource source = YoungPeople.of(List.of(practitioner(ADULT))).source();
    assertThat(source).isEqualTo(ForumSources.YOUNG_PERSON);
    assertThat(source.kind()).isEqualTo(RuleSource.Kind.LIBRARY_DEFAULT);
    assertThat(source.citation()).contains("young person role", "0 to 25", "not counted");
    assertThat(YoungPeople.MAX_AGE).isEqualTo(25);
  }

  @Test
  void toStringCountsRecordsAndShowsNoneOfThem() {
    assertThat(YoungPeople.of(List.of(youngPerson(YP_1, LocalDate.of(2010, 1, 1)))).toString())
        .isEqualTo("YoungPeople[1 records]");
  }
}
