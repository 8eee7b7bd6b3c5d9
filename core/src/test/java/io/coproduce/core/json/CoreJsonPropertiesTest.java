package io.coproduce.core.json;

import io.coproduce.core.Examples;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PartyId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.AccessNeed;
import io.coproduce.core.person.EqualityMonitoring;
import io.coproduce.core.person.Ethnicity;
import io.coproduce.core.person.Gender;
import io.coproduce.core.person.Person;
import io.coproduce.core.person.Response;
import io.coproduce.core.person.Role;
import io.coproduce.core.person.SexualOrientation;
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** JSON round trips: for every core value, reading what was written gives the value back. */
class CoreJsonPropertiesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CoproduceCoreModule());

  private static final String ID_FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final String ID_REST = ID_FIRST + "._-";
  private static final List<String> LANGUAGES =
      List.of("pl", "cy", "gd", "ur", "pt-BR", "zh-Hant-TW", "ar-001", "yue");

  private static final long EARLIEST_BIRTH = LocalDate.of(1850, 1, 1).toEpochDay();
  private static final long LATEST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final long EARLIEST_OBSERVATION = LocalDate.of(1980, 1, 1).toEpochDay();

  private static QuickTheory theory() {
    return qt().withFixedSeed(20261123L).withExamples(Examples.atMost(400));
  }

  // ---- generators -------------------------------------------------------------------------

  static Gen<String> idTexts() {
    Gen<Character> first = integers().between(0, ID_FIRST.length() - 1).map(ID_FIRST::charAt);
    Gen<List<Character>> rest = lists()
        .of(integers().between(0, ID_REST.length() - 1).map(ID_REST::charAt))
        .ofSizeBetween(0, IdentifierSyntax.MAX_LENGTH - 1);
    return first.zip(rest, (f, r) -> {
      StringBuilder s = new StringBuilder().append(f);
      r.forEach(s::append);
      return s.toString();
    });
  }

  static Gen<PersonId> personIds() {
    return idTexts().map(PersonId::new);
  }

  static Gen<OrganisationId> organisationIds() {
    return idTexts().map(OrganisationId::new);
  }

  static Gen<PartyId> partyIds() {
    return anyOf(List.of(personIds().map(p -> (PartyId) p), organisationIds().map(o -> (PartyId) o)));
  }

  static Gen<LocalDate> dates(long fromEpochDay, long toEpochDay) {
    return Generate.longRange(fromEpochDay, toEpochDay).map(LocalDate::ofEpochDay);
  }

  /** Any LocalDate, including years outside 0000-9999 that ISO writes with a sign. */
  static Gen<LocalDate> anyDates() {
    return anyOf(List.of(
        dates(EARLIEST_BIRTH, LATEST_DAY),
        dates(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())));
  }

  static Gen<BirthInformation> births() {
    Gen<BirthInformation> exact = dates(EARLIEST_BIRTH, LATEST_DAY).map(BirthInformation::ofDate);
    Gen<BirthInformation> year = integers().between(1850, 9999).map(BirthInformation::ofYear);
    Gen<BirthInformation> range = integers().between(0, Age.MAX_YEARS).zip(
        integers().between(0, Age.MAX_YEARS),
        dates(EARLIEST_OBSERVATION, LATEST_DAY),
        (a, b, on) -> BirthInformation.ofAgeRange(Math.min(a, b), Math.max(a, b), on));
    return anyOf(List.of(exact, year, range));
  }

  static Gen<Age> ages() {
    return integers().between(0, Age.MAX_YEARS).zip(
        integers().between(0, Age.MAX_YEARS), (a, b) -> Age.of(Math.min(a, b), Math.max(a, b)));
  }

  static Gen<AccessNeed> accessNeeds() {
    return Generate.enumValues(AccessNeed.Kind.class).zip(Generate.pick(LANGUAGES),
        (kind, language) -> kind.needsLanguage() ? AccessNeed.of(kind, language) : AccessNeed.of(kind));
  }

  static <T> Gen<Response<T>> responses(Gen<T> answers) {
    return Generate.frequency(List.of(
        pair(2, Generate.constant(Response.<T>notAsked())),
        pair(1, Generate.constant(Response.<T>preferNotToSay())),
        pair(3, answers.map(Response::answered))));
  }

  /** One of {@code gens}, equally likely (without varargs of a generic type). */
  static <T> Gen<T> anyOf(List<Gen<T>> gens) {
    List<org.quicktheories.api.Pair<Integer, Gen<T>>> weighted = new ArrayList<>();
    gens.forEach(g -> weighted.add(pair(1, g)));
    return Generate.frequency(weighted);
  }

  private static <T> org.quicktheories.api.Pair<Integer, Gen<T>> pair(int weight, Gen<T> gen) {
    return org.quicktheories.api.Pair.of(weight, gen);
  }

  static Gen<EqualityMonitoring> monitoring() {
    Gen<Response<Boolean>> yesNo = responses(booleans().all());
    return in -> new EqualityMonitoring(
        responses(Generate.enumValues(Ethnicity.class)).generate(in),
        responses(Generate.enumValues(Gender.class)).generate(in),
        yesNo.generate(in),
        responses(Generate.enumValues(SexualOrientation.class)).generate(in),
        yesNo.generate(in),
        yesNo.generate(in),
        responses(Generate.enumValues(SpecialEducationalNeeds.class)).generate(in),
        yesNo.generate(in),
        responses(integers().between(1, 10)).generate(in));
  }

  static Gen<Person> people() {
    Gen<List<Role>> roles = lists().of(Generate.enumValues(Role.class)).ofSizeBetween(1, 8);
    Gen<List<AccessNeed>> needs = lists().of(accessNeeds()).ofSizeBetween(0, 6);
    return in -> new Person(
        personIds().generate(in),
        births().generate(in),
        Generate.enumValues(Jurisdiction.class).generate(in),
        new HashSet<>(roles.generate(in)),
        new HashSet<>(needs.generate(in)),
        monitoring().generate(in));
  }

  /** Non-blank text from the whole of Unicode (no lone surrogates), controls and quotes included. */
  static Gen<String> texts() {
    Gen<Integer> codePoints = anyOf(List.of(
        integers().between(0x20, 0x7e),
        integers().between(0, 0x1f),
        integers().between(0xa0, 0xd7ff),
        integers().between(0xe000, 0x10ffff)));
    return lists().of(codePoints).ofSizeBetween(0, 40).zip(
        integers().between(0x21, 0x7e),
        (cps, visible) -> {
          StringBuilder s = new StringBuilder();
          cps.forEach(s::appendCodePoint);
          return s.appendCodePoint(visible).toString();
        });
  }

  static Gen<RuleSource> ruleSources() {
    return Generate.enumValues(RuleSource.Kind.class).zip(texts(), RuleSource::new);
  }

  static Gen<Reason> reasons() {
    return texts().zip(texts(), ruleSources(), Reason::new);
  }

  static Gen<ResponsibilityClaim> claims() {
    Gen<LocalDate> from = dates(EARLIEST_BIRTH, LATEST_DAY - 40_000);
    Gen<Integer> length = Generate.frequency(
        List.of(pair(1, Generate.constant(0)), pair(2, integers().between(1, 40_000))));
    return in -> {
      ResponsibilityBasis basis = Generate.enumValues(ResponsibilityBasis.class).generate(in);
      PersonId child = personIds().generate(in);
      PartyId holder = basis.holderKind() == ResponsibilityBasis.HolderKind.LOCAL_AUTHORITY
          ? organisationIds().generate(in)
          : notTheChild(personIds().generate(in), child);
      LocalDate start = from.generate(in);
      int days = length.generate(in);
      return new ResponsibilityClaim(holder, child, basis, start, days == 0 ? null : start.plusDays(days));
    };
  }

  /** Nobody claims responsibility for themself: change the holder's id when it is the child's. */
  private static PersonId notTheChild(PersonId holder, PersonId child) {
    if (!holder.equals(child)) {
      return holder;
    }
    String id = holder.value();
    return new PersonId(id.length() < IdentifierSyntax.MAX_LENGTH
        ? id + "x"
        : (id.charAt(0) == 'x' ? "y" : "x") + id.substring(1));
  }

  static Gen<ResponsibilityFinding> findings() {
    return in -> {
      boolean holds = booleans().all().generate(in);
      return new ResponsibilityFinding(
          partyIds().generate(in),
          personIds().generate(in),
          anyDates().generate(in),
          holds,
          holds ? Generate.enumValues(ResponsibilityBasis.class).generate(in) : null,
          lists().of(reasons()).ofSizeBetween(1, 4).generate(in));
    };
  }

  // ---- properties -------------------------------------------------------------------------

  @Test
  void idsRoundTrip() {
    theory().forAll(personIds()).checkAssert(id -> assertRoundTrip(id, PersonId.class));
    theory().forAll(organisationIds()).checkAssert(id -> assertRoundTrip(id, OrganisationId.class));
    theory().forAll(partyIds()).checkAssert(id -> assertRoundTrip(id, PartyId.class));
  }

  @Test
  void valuesWithATextFormRoundTrip() {
    theory().forAll(births()).checkAssert(b -> assertRoundTrip(b, BirthInformation.class));
    theory().forAll(ages()).checkAssert(a -> assertRoundTrip(a, Age.class));
    theory().forAll(accessNeeds()).checkAssert(n -> assertRoundTrip(n, AccessNeed.class));
  }

  @Test
  void everyBirthPrecisionIsGenerated() {
    Set<BirthInformation.Precision> seen = new HashSet<>();
    theory().forAll(births()).checkAssert(b -> seen.add(b.precision()));

    assertThat(seen).containsExactlyInAnyOrder(BirthInformation.Precision.values());
  }

  @Test
  void everyCoreConstantRoundTrips() {
    List<Class<? extends Enum<?>>> constants = List.of(
        Jurisdiction.class, AgeBand.class, Role.class, Ethnicity.class, Ethnicity.Group.class,
        Gender.class, SexualOrientation.class, SpecialEducationalNeeds.class, AccessNeed.Kind.class,
        RuleSource.Kind.class, ResponsibilityBasis.class, ResponsibilityBasis.HolderKind.class,
        BirthInformation.Precision.class, Response.Kind.class);
    for (Class<? extends Enum<?>> type : constants) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertRoundTrip(constant, type);
      }
    }
  }

  @Test
  void responsesRoundTripForEveryAnswerTypeOfMonitoring() {
    theory().forAll(responses(Generate.enumValues(Ethnicity.class)))
        .checkAssert(r -> assertRoundTrip(r, responseOf(Ethnicity.class)));
    theory().forAll(responses(booleans().all()))
        .checkAssert(r -> assertRoundTrip(r, responseOf(Boolean.class)));
    theory().forAll(responses(integers().all()))
        .checkAssert(r -> assertRoundTrip(r, responseOf(Integer.class)));
    theory().forAll(responses(texts()))
        .checkAssert(r -> assertRoundTrip(r, responseOf(String.class)));
    theory().forAll(responses(Generate.enumValues(SpecialEducationalNeeds.class)))
        .checkAssert(r -> assertRoundTrip(r, responseOf(SpecialEducationalNeeds.class)));
  }

  @Test
  void monitoringRoundTrips() {
    theory().forAll(monitoring()).checkAssert(m -> assertRoundTrip(m, EqualityMonitoring.class));
  }

  @Test
  void peopleRoundTrip() {
    theory().forAll(people()).checkAssert(p -> assertRoundTrip(p, Person.class));
  }

  @Test
  void equalPeopleWriteIdenticalJson() {
    theory().forAll(people()).checkAssert(p -> {
      List<Role> roles = new ArrayList<>(p.roles());
      java.util.Collections.reverse(roles);
      List<AccessNeed> needs = new ArrayList<>(p.accessNeeds());
      java.util.Collections.reverse(needs);
      Person reordered = p.withRoles(roles).withAccessNeeds(needs);

      assertThat(write(reordered)).isEqualTo(write(p));
    });
  }

  @Test
  void readingLevelsRoundTrip() {
    theory().forAll(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(1, 200))
        .checkAssert(text -> {
          ReadingLevel level;
          try {
            level = ReadingLevel.of("Word " + text + ".");
          } catch (InvalidInputException e) {
            return;
          }
          assertRoundTrip(level, ReadingLevel.class);
        });
  }

  @Test
  void rulesAndReasonsRoundTrip() {
    theory().forAll(ruleSources()).checkAssert(s -> assertRoundTrip(s, RuleSource.class));
    theory().forAll(reasons()).checkAssert(r -> assertRoundTrip(r, Reason.class));
  }

  @Test
  void claimsRoundTripWithAndWithoutAnEnd() {
    Set<Boolean> ended = new HashSet<>();
    theory().forAll(claims()).checkAssert(c -> {
      ended.add(c.until() != null);
      assertRoundTrip(c, ResponsibilityClaim.class);
    });

    assertThat(ended).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void findingsRoundTrip() {
    theory().forAll(findings()).checkAssert(f -> assertRoundTrip(f, ResponsibilityFinding.class));
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static JavaType responseOf(Class<?> answer) {
    return MAPPER.getTypeFactory().constructParametricType(Response.class, answer);
  }

  private static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertRoundTrip(Object value, Class<?> type) {
    assertRoundTrip(value, MAPPER.getTypeFactory().constructType(type));
  }

  /** Through bytes (UTF-8, as a host stores or sends them) and through a String. */
  private static void assertRoundTrip(Object value, JavaType type) {
    try {
      byte[] bytes = MAPPER.writerFor(type).writeValueAsBytes(value);
      Object fromBytes = MAPPER.readValue(bytes, type);
      assertThat(fromBytes).isEqualTo(value);
      String text = MAPPER.writerFor(type).writeValueAsString(value);
      Object fromText = MAPPER.readValue(text, type);
      assertThat(fromText).isEqualTo(value);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
