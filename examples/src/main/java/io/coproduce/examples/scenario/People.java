package io.coproduce.examples.scenario;

import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.SexualOrientation;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.SplittableRandom;

/**
 * The scenario's young people, derived one at a time from the seed and their index: nothing is
 * held, so millions of people cost no memory until someone asks for them. Most have an exact
 * date of birth; some young adults of 21 or over have only a year of birth recorded.
 */
final class People {

  private static final ConsentStory[] STORIES = ConsentStory.values();
  private static final Jurisdiction[] FIRST_FOUR = {
      Jurisdiction.ENGLAND, Jurisdiction.WALES, Jurisdiction.SCOTLAND, Jurisdiction.NORTHERN_IRELAND};
  private static final List<AccessNeed> NEEDS = List.of(AccessNeed.of(AccessNeed.Kind.STEP_FREE_ACCESS),
      AccessNeed.of(AccessNeed.Kind.QUIET_SPACE), AccessNeed.of(AccessNeed.Kind.EASY_READ),
      AccessNeed.of(AccessNeed.Kind.BSL_INTERPRETER));

  private final long seed;
  private final ScenarioSize size;

  People(long seed, ScenarioSize size) {
    this.seed = seed;
    this.size = size;
  }

  int count() {
    return size.youngPeople();
  }

  /** The nation of local system {@code s}: the first four cover the four nations, the rest are weighted. */
  Jurisdiction nationOf(int s) {
    if (s < FIRST_FOUR.length) {
      return FIRST_FOUR[s];
    }
    return weightedNation(Randoms.of(seed, Randoms.COALITION, 10_000L + s));
  }

  static Jurisdiction weightedNation(SplittableRandom r) {
    int n = r.nextInt(100);
    return n < 70 ? Jurisdiction.ENGLAND : n < 80 ? Jurisdiction.WALES : n < 92 ? Jurisdiction.SCOTLAND
        : Jurisdiction.NORTHERN_IRELAND;
  }

  static PersonId idOf(int index) {
    return PersonId.parse(String.format(java.util.Locale.ROOT, "yp-%07d", index));
  }

  /** The index of a young person's id, or -1 when the id is not one this scenario mints. */
  int indexOf(PersonId id) {
    String v = id.value();
    if (v.length() != 10 || !v.startsWith("yp-")) {
      return -1;
    }
    int index = 0;
    for (int i = 3; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index < count() ? index : -1;
  }

  static OrganisationId authorityOf(int localSystem) {
    return OrganisationId.parse(String.format(java.util.Locale.ROOT, "la-ls%02d", localSystem));
  }

  /** The story planted for {@code index}: every story once among the first indices, then some at random. */
  ConsentStory storyOf(int index, SplittableRandom r) {
    if (index < STORIES.length) {
      return STORIES[index];
    }
    return Randoms.chance(r, 0.12) ? STORIES[r.nextInt(STORIES.length)] : null;
  }

  Profile profile(int index) {
    if (index < 0 || index >= count()) {
      throw new IndexOutOfBoundsException(index);
    }
    SplittableRandom r = Randoms.of(seed, Randoms.PEOPLE, index);
    ConsentStory story = storyOf(index, r);
    int system = r.nextInt(size.localSystems());
    LocalDate birth = birthFor(story, r);
    if (story != null) {
      system = systemFor(story, system);
    }
    if (birth.getMonth() == Month.FEBRUARY && birth.getDayOfMonth() == 29) {
      birth = birth.minusDays(1);
    }
    Jurisdiction nation = nationOf(system);
    PersonId id = idOf(index);
    boolean yearOnly = story == null && birth.plusYears(21).isBefore(Scenario.WINDOW_START) && Randoms.chance(r, 0.1);
    BirthInformation born = yearOnly ? BirthInformation.ofYear(birth.getYear()) : BirthInformation.ofDate(birth);
    Person person = Person.youngPerson(id, born, nation);
    if (Randoms.chance(r, 0.05)) {
      person = person.withAccessNeeds(List.of(Randoms.pick(r, NEEDS)));
    }
    PersonId mother = PersonId.parse(id.value().replace("yp-", "pa-") + "-1");
    LocalDate motherBirth = birth.minusYears(18 + r.nextInt(24)).minusDays(r.nextInt(365));
    PersonId father = null;
    ResponsibilityBasis fatherBasis = null;
    LocalDate fatherFrom = null;
    int f = r.nextInt(10);
    if (f < 5) {
      father = PersonId.parse(id.value().replace("yp-", "pa-") + "-2");
      fatherBasis = ResponsibilityBasis.FATHER_MARRIED_TO_MOTHER;
      fatherFrom = birth;
    } else if (f < 8) {
      father = PersonId.parse(id.value().replace("yp-", "pa-") + "-2");
      fatherBasis = ResponsibilityBasis.FATHER_REGISTERED_ON_BIRTH_CERTIFICATE;
      fatherFrom = birth.plusDays(1 + r.nextInt(40));
    }
    OrganisationId authority = null;
    ResponsibilityBasis authorityBasis = null;
    LocalDate authorityFrom = null;
    LocalDate latestOrder = Scenario.WINDOW_START.minusDays(30);
    boolean canBeInCare = birth.plusYears(1).isBefore(latestOrder) && birth.plusYears(17).isAfter(Scenario.REFERENCE_DATE);
    boolean careStory = story == ConsentStory.LOOKED_AFTER_AUTHORITY_DECIDES;
    int c = r.nextInt(100);
    if (careStory || (story == null && canBeInCare && c < 6)) {
      authority = authorityOf(system);
      authorityBasis = careStory || c < 4 ? ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER
          : ResponsibilityBasis.LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20;
      long span = java.time.temporal.ChronoUnit.DAYS.between(birth.plusYears(1), latestOrder);
      authorityFrom = birth.plusYears(1).plusDays(span <= 1 ? 0 : r.nextLong(span));
    }
    Instant first = Scenario.WINDOW_START.plusDays(r.nextInt(21)).atTime(10, 0).toInstant(ZoneOffset.UTC)
        .plusSeconds(60L * r.nextInt(300));
    Instant afterBirth = birth.plusDays(30).atTime(10, 0).toInstant(ZoneOffset.UTC);
    if (afterBirth.isAfter(first)) {
      first = afterBirth;
    }
    person = person.withMonitoring(monitoring(r, birth, authorityBasis == ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER));
    return new Profile(index, person, system, story, mother, motherBirth, father, fatherBasis, fatherFrom,
        authority, authorityBasis, authorityFrom, first);
  }

  private int systemFor(ConsentStory story, int drawn) {
    return switch (story) {
      case TURNED_12_IN_SCOTLAND -> 2;
      case TURNED_16, TURNED_13_ONLINE, GILLICK_COMPETENT_OVERRIDES_PARENT, ASSESSED_NOT_CAPABLE,
          NO_DECISION_YET, LOOKED_AFTER_AUTHORITY_DECIDES -> 0;
      default -> drawn;
    };
  }

  /** A birth date fitting the story's ages (ages are on the reference date). */
  private static LocalDate birthFor(ConsentStory story, SplittableRandom r) {
    if (story == null) {
      int age = r.nextInt(26);
      return Scenario.REFERENCE_DATE.minusYears(age).minusDays(age == 0 ? 60 + r.nextInt(300) : r.nextInt(365));
    }
    return switch (story) {
      case TURNED_16 -> birthdayInWindow(r).minusYears(16);
      case TURNED_12_IN_SCOTLAND -> birthdayInWindow(r).minusYears(12);
      case TURNED_13_ONLINE -> birthdayInWindow(r).minusYears(13);
      case REFUSED_BY_PARENT, CHILD_DISSENTED, REVOKED_BY_PARENT -> aged(r, 6, 11);
      case GILLICK_COMPETENT_OVERRIDES_PARENT -> aged(r, 14, 15);
      case ASSESSED_NOT_CAPABLE -> aged(r, 11, 15);
      case NO_DECISION_YET -> aged(r, 6, 14);
      case LOOKED_AFTER_AUTHORITY_DECIDES -> aged(r, 7, 15);
      default -> aged(r, 17, 24);
    };
  }

  /** A birthday from five to ten months into the window. */
  static LocalDate birthdayInWindow(SplittableRandom r) {
    return Scenario.WINDOW_START.plusDays(150 + r.nextInt(150));
  }

  private static LocalDate aged(SplittableRandom r, int min, int max) {
    int age = min + r.nextInt(max - min + 1);
    return Scenario.REFERENCE_DATE.minusYears(age).minusDays(r.nextInt(365));
  }

  private static EqualityMonitoring monitoring(SplittableRandom r, LocalDate birth, boolean lookedAfter) {
    if (birth.plusYears(5).isAfter(Scenario.REFERENCE_DATE) || Randoms.chance(r, 0.15)) {
      return EqualityMonitoring.none();
    }
    Ethnicity[] ethnicities = Ethnicity.values();
    Gender[] genders = Gender.values();
    EqualityMonitoring m = EqualityMonitoring.none()
        .withEthnicity(answer(r, ethnicities[r.nextInt(ethnicities.length)]))
        .withGender(answer(r, genders[r.nextInt(genders.length)]))
        .withDisability(answer(r, Randoms.chance(r, 0.12)))
        .withCareExperienced(answer(r, lookedAfter || Randoms.chance(r, 0.06)))
        .withYoungCarer(answer(r, Randoms.chance(r, 0.08)))
        .withFreeSchoolMeals(answer(r, Randoms.chance(r, 0.22)))
        .withDeprivationDecile(answer(r, 1 + r.nextInt(10)))
        .withSpecialEducationalNeeds(answer(r, Randoms.chance(r, 0.12)
            ? SpecialEducationalNeeds.SEN_SUPPORT : SpecialEducationalNeeds.NONE));
    if (birth.plusYears(16).isBefore(Scenario.REFERENCE_DATE)) {
      SexualOrientation[] orientations = SexualOrientation.values();
      m = m.withSexualOrientation(answer(r, orientations[r.nextInt(orientations.length)]));
    }
    return m;
  }

  private static <T> Response<T> answer(SplittableRandom r, T value) {
    return Randoms.chance(r, 0.1) ? Response.preferNotToSay() : Response.answered(value);
  }

  /** The people as an immutable list that derives each person when asked. */
  List<Person> asList() {
    return new LazyPeople(this);
  }

  private static final class LazyPeople extends AbstractList<Person> implements RandomAccess {
    private final People people;

    LazyPeople(People people) {
      this.people = people;
    }

    @Override
    public Person get(int index) {
      return people.profile(index).person();
    }

    @Override
    public int size() {
      return people.count();
    }
  }
}
