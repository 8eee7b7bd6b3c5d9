package io.coproduce.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.coproduce.core.age.Age;
import io.coproduce.core.age.AgeBand;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.error.InvalidInputException;
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
import io.coproduce.core.person.SpecialEducationalNeeds;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoproduceCoreModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
  private static final TypeFactory TYPES = MAPPER.getTypeFactory();

  private static final PersonId CHILD = PersonId.parse("C-1");
  private static final PersonId MOTHER = PersonId.parse("M-1");
  private static final OrganisationId COUNCIL = OrganisationId.parse("LA-9");

  /** A host's own bean holding core values. */
  record Referral(Person child, String note) {}

  /** A host's own bean with properties declared as the sealed interface. */
  record Contacts(
      PartyId lead, List<PartyId> others, Map<String, PartyId> backups, Response<PartyId> delegate) {}

  /** A host's bean whose property type is not final. */
  record Lead(PartyId lead, Person person) {}

  /** A host's own answer type in a response. */
  record Score(int value) {}

  // ---- discovery --------------------------------------------------------------------------

  @Test
  void isFoundByFindAndRegisterModules() {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).contains(CoproduceCoreModule.class.getName());
    assertThat(new CoproduceCoreModule().getModuleName()).isEqualTo("io.coproduce.core");
  }

  @Test
  void registeringTwiceIsHarmless() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new CoproduceCoreModule())
        .registerModule(new CoproduceCoreModule())
        .findAndRegisterModules();

    assertThat(mapper.writeValueAsString(Jurisdiction.SCOTLAND)).isEqualTo("\"GB-SCT\"");
  }

  // ---- exact JSON -------------------------------------------------------------------------

  @Test
  void writesPersonWithEveryKindOfAttribute() throws Exception {
    Person person = new Person(
        PersonId.parse("P-7"),
        BirthInformation.parse("2010-02-28"),
        Jurisdiction.WALES,
        Set.of(Role.DECISION_MAKER, Role.YOUNG_PERSON),
        Set.of(AccessNeed.of(AccessNeed.Kind.EASY_READ),
            AccessNeed.of(AccessNeed.Kind.SPOKEN_LANGUAGE_INTERPRETER, "cy")),
        EqualityMonitoring.none()
            .withEthnicity(Response.answered(Ethnicity.ROMA))
            .withDisability(Response.preferNotToSay())
            .withYoungCarer(Response.answered(true))
            .withSpecialEducationalNeeds(Response.answered(SpecialEducationalNeeds.EHC_PLAN))
            .withDeprivationDecile(Response.answered(3)));

    assertWritesExactly(person, """
        {
          "id": "P-7",
          "birth": "2010-02-28",
          "jurisdiction": "GB-WLS",
          "roles": ["YOUNG_PERSON", "DECISION_MAKER"],
          "accessNeeds": ["SPOKEN_LANGUAGE_INTERPRETER:cy", "EASY_READ"],
          "monitoring": {
            "ethnicity": {"answer": "ROMA"},
            "disability": "PREFER_NOT_TO_SAY",
            "youngCarer": {"answer": true},
            "specialEducationalNeeds": {"answer": "EHC_PLAN"},
            "deprivationDecile": {"answer": 3}
          }
        }
        """);
  }

  @Test
  void writesPersonWithNothingOptional() throws Exception {
    Person person = Person.youngPerson(
        PersonId.parse("P-8"), BirthInformation.parse("age:13-15@2026-03-01"), Jurisdiction.SCOTLAND);

    assertWritesExactly(person, """
        {
          "id": "P-8",
          "birth": "age:13-15@2026-03-01",
          "jurisdiction": "GB-SCT",
          "roles": ["YOUNG_PERSON"],
          "accessNeeds": [],
          "monitoring": {}
        }
        """);
  }

  @Test
  void writesValuesWithATextFormAsStrings() throws Exception {
    assertWritesExactly(CHILD, "\"C-1\"");
    assertWritesExactly(COUNCIL, "\"LA-9\"");
    assertWritesExactly(Jurisdiction.NORTHERN_IRELAND, "\"GB-NIR\"");
    assertWritesExactly(AgeBand.AGE_13_TO_15, "\"13-15\"");
    assertWritesExactly(AgeBand.ADULT_26_PLUS, "\"26+\"");
    assertWritesExactly(Age.of(14), "\"14\"");
    assertWritesExactly(Age.of(13, 15), "\"13-15\"");
    assertWritesExactly(BirthInformation.parse("2010-02-28"), "\"2010-02-28\"");
    assertWritesExactly(BirthInformation.ofYear(2010), "\"year:2010\"");
    assertWritesExactly(
        BirthInformation.ofAgeRange(13, 15, LocalDate.of(2026, 3, 1)), "\"age:13-15@2026-03-01\"");
    assertWritesExactly(AccessNeed.of(AccessNeed.Kind.TRANSLATED_MATERIALS, "pt-BR"),
        "\"TRANSLATED_MATERIALS:pt-BR\"");
    assertWritesExactly(Role.SAFEGUARDING_LEAD, "\"SAFEGUARDING_LEAD\"");
    assertWritesExactly(RuleSource.Kind.STATUTORY_GUIDANCE, "\"STATUTORY_GUIDANCE\"");
  }

  @Test
  void writesConstantsByNameWhateverTheHostsEnumSettings() throws Exception {
    ObjectMapper mapper = new ObjectMapper()
        .registerModule(new CoproduceCoreModule())
        .enable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_ENUMS_USING_INDEX);

    assertThat(mapper.writeValueAsString(List.of(Gender.NON_BINARY, Jurisdiction.WALES)))
        .isEqualTo("[\"NON_BINARY\",\"GB-WLS\"]");
  }

  @Test
  void writesPartyIdsAsKindAndId() throws Exception {
    assertThat(MAPPER.writerFor(PartyId.class).writeValueAsString(MOTHER))
        .isEqualTo(compact("""
            {"kind": "person", "id": "M-1"}
            """));
    assertThat(MAPPER.writerFor(PartyId.class).writeValueAsString(COUNCIL))
        .isEqualTo(compact("""
            {"kind": "organisation", "id": "LA-9"}
            """));
  }

  @Test
  void writesResponsesAsAnswerObjectOrMarker() throws Exception {
    TypeReference<Response<Ethnicity>> ethnicity = new TypeReference<>() {};
    TypeReference<Response<String>> text = new TypeReference<>() {};

    assertThat(MAPPER.writerFor(ethnicity).writeValueAsString(Response.answered(Ethnicity.ARAB)))
        .isEqualTo("{\"answer\":\"ARAB\"}");
    assertThat(MAPPER.writerFor(ethnicity).writeValueAsString(Response.preferNotToSay()))
        .isEqualTo("\"PREFER_NOT_TO_SAY\"");
    assertThat(MAPPER.writerFor(ethnicity).writeValueAsString(Response.notAsked()))
        .isEqualTo("\"NOT_ASKED\"");
    assertThat(MAPPER.writerFor(text).writeValueAsString(Response.answered("NOT_ASKED")))
        .isEqualTo("{\"answer\":\"NOT_ASKED\"}");
    assertThat(MAPPER.readValue("{\"answer\":\"NOT_ASKED\"}", text))
        .isEqualTo(Response.answered("NOT_ASKED"));
  }

  @Test
  void writesClaimWithAndWithoutEnd() throws Exception {
    assertWritesExactly(
        ResponsibilityClaim.of(COUNCIL, CHILD, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER,
            LocalDate.of(2024, 5, 1), LocalDate.of(2026, 5, 1)),
        """
        {
          "holder": {"kind": "organisation", "id": "LA-9"},
          "child": "C-1",
          "basis": "LOCAL_AUTHORITY_CARE_ORDER",
          "from": "2024-05-01",
          "until": "2026-05-01"
        }
        """);
    assertWritesExactly(
        ResponsibilityClaim.of(MOTHER, CHILD, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2012, 7, 9)),
        """
        {
          "holder": {"kind": "person", "id": "M-1"},
          "child": "C-1",
          "basis": "BIRTH_MOTHER",
          "from": "2012-07-09"
        }
        """);
  }

  @Test
  void writesFindingsWithReasonsAndSources() throws Exception {
    Reason reason = Reason.of("pr.birth-mother", "M-1 holds parental responsibility for C-1",
        RuleSource.law("Children Act 1989 s.2(1)-(2)"));
    assertWritesExactly(
        new ResponsibilityFinding(MOTHER, CHILD, LocalDate.of(2026, 3, 1), true,
            ResponsibilityBasis.BIRTH_MOTHER, List.of(reason)),
        """
        {
          "holder": {"kind": "person", "id": "M-1"},
          "child": "C-1",
          "date": "2026-03-01",
          "holds": true,
          "basis": "BIRTH_MOTHER",
          "reasons": [
            {
              "rule": "pr.birth-mother",
              "explanation": "M-1 holds parental responsibility for C-1",
              "source": {"kind": "LAW", "citation": "Children Act 1989 s.2(1)-(2)"}
            }
          ]
        }
        """);
    assertWritesExactly(
        new ResponsibilityFinding(COUNCIL, CHILD, LocalDate.of(2026, 3, 1), false, null,
            List.of(Reason.of("pr.no-claim", "no recorded basis",
                RuleSource.libraryDefault("Records only")))),
        """
        {
          "holder": {"kind": "organisation", "id": "LA-9"},
          "child": "C-1",
          "date": "2026-03-01",
          "holds": false,
          "reasons": [
            {
              "rule": "pr.no-claim",
              "explanation": "no recorded basis",
              "source": {"kind": "LIBRARY_DEFAULT", "citation": "Records only"}
            }
          ]
        }
        """);
  }

  @Test
  void readsWhatItWrites() throws Exception {
    Person person = Person.of(PersonId.parse("P-9"), BirthInformation.ofYear(1990),
        Jurisdiction.ENGLAND, Role.PARENT_OR_CARER, Role.FACILITATOR)
        .withMonitoring(EqualityMonitoring.none().withGender(Response.answered(Gender.ANOTHER_WAY)));

    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(person), Person.class)).isEqualTo(person);
  }

  // ---- input accepted on purpose ------------------------------------------------------------

  @Test
  void acceptsTheTextFormsTheModelsParsersAccept() throws Exception {
    assertThat(MAPPER.readValue("\"gb-eng\"", Jurisdiction.class)).isEqualTo(Jurisdiction.ENGLAND);
    assertThat(MAPPER.readValue("\"NORTHERN_IRELAND\"", Jurisdiction.class))
        .isEqualTo(Jurisdiction.NORTHERN_IRELAND);
    assertThat(MAPPER.readValue("\"AGE_16_TO_17\"", AgeBand.class)).isEqualTo(AgeBand.AGE_16_TO_17);
    assertThat(MAPPER.readValue("\"easy_read\"", AccessNeed.class))
        .isEqualTo(AccessNeed.of(AccessNeed.Kind.EASY_READ));
    assertThat(MAPPER.readValue("\"014\"", Age.class)).isEqualTo(Age.of(14));
  }

  @Test
  void acceptsOptionalPropertiesAbsentOrNull() throws Exception {
    Person bare = MAPPER.readValue(json(
        "{'id':'P1','birth':'year:2011','jurisdiction':'GB-ENG','roles':['YOUNG_PERSON']}"),
        Person.class);
    Person nulls = MAPPER.readValue(json(
        "{'id':'P1','birth':'year:2011','jurisdiction':'GB-ENG','roles':['YOUNG_PERSON'],"
            + "'accessNeeds':null,'monitoring':null}"),
        Person.class);
    ResponsibilityClaim claim = MAPPER.readValue(json(
        "{'holder':{'kind':'person','id':'M-1'},'child':'C-1','basis':'BIRTH_MOTHER',"
            + "'from':'2012-07-09','until':null}"),
        ResponsibilityClaim.class);

    assertThat(bare.accessNeeds()).isEmpty();
    assertThat(bare.monitoring()).isEqualTo(EqualityMonitoring.none());
    assertThat(nulls).isEqualTo(bare);
    assertThat(claim.until()).isNull();
  }

  @Test
  void acceptsNotAskedWrittenOutAndPropertiesInAnyOrder() throws Exception {
    Person person = MAPPER.readValue(json(
        "{'monitoring':{'gender':'NOT_ASKED','freeSchoolMeals':{'answer':false}},"
            + "'roles':['YOUNG_PERSON'],'jurisdiction':'GB-ENG','birth':'2011-01-01','id':'P1'}"),
        Person.class);

    assertThat(person.monitoring()).isEqualTo(
        EqualityMonitoring.none().withFreeSchoolMeals(Response.answered(false)));
  }

  @Test
  void readsJsonNullAtTheRootAsNullLikeJacksonDoesForEveryType() throws Exception {
    assertThat(MAPPER.readValue("null", Person.class)).isNull();
  }

  // ---- bad input --------------------------------------------------------------------------

  static Stream<Arguments> badInput() {
    JavaType person = type(Person.class);
    JavaType claim = type(ResponsibilityClaim.class);
    JavaType finding = type(ResponsibilityFinding.class);
    String ok = "'id':'P1','birth':'2010-02-28','jurisdiction':'GB-ENG'";
    String roles = "'roles':['YOUNG_PERSON']";
    String holder = "'holder':{'kind':'person','id':'M-1'}";
    String reason = "{'rule':'r','explanation':'e','source':{'kind':'LAW','citation':'c'}}";
    String findingBase = holder + ",'child':'C-1','date':'2026-03-01'";
    JavaType level = type(io.coproduce.core.readability.ReadingLevel.class);
    return Stream.of(
        // reading level: counts only, each checked by the value type
        bad(level, "{'sentences':1,'words':2}", "readingLevel.syllables"),
        bad(level, "{'sentences':1,'words':2,'syllables':1}", "readingLevel.syllables"),
        bad(level, "{'sentences':'1','words':2,'syllables':3}", "readingLevel.sentences"),
        // person: shape and required properties
        bad(person, "[]", "person"),
        bad(person, "'P1'", "person"),
        bad(person, "{}", "person.id"),
        bad(person, "{'id':null,'birth':'2010-02-28','jurisdiction':'GB-ENG'," + roles + "}", "person.id"),
        bad(person, "{'id':'no spaces','birth':'2010-02-28','jurisdiction':'GB-ENG'," + roles + "}", "person.id"),
        bad(person, "{'id':7,'birth':'2010-02-28','jurisdiction':'GB-ENG'," + roles + "}", "person.id"),
        bad(person, "{'id':'P1','jurisdiction':'GB-ENG'," + roles + "}", "person.birth"),
        bad(person, "{'id':'P1','birth':'2010-02-30','jurisdiction':'GB-ENG'," + roles + "}", "person.birth"),
        bad(person, "{'id':'P1','birth':'year:1066','jurisdiction':'GB-ENG'," + roles + "}", "person.birth"),
        bad(person, "{'id':'P1','birth':20100228,'jurisdiction':'GB-ENG'," + roles + "}", "person.birth"),
        bad(person, "{'id':'P1','birth':'2010-02-28','jurisdiction':'GB-XXX'," + roles + "}", "person.jurisdiction"),
        bad(person, "{" + ok + "}", "person.roles"),
        bad(person, "{" + ok + ",'roles':[]}", "person.roles"),
        bad(person, "{" + ok + ",'roles':'YOUNG_PERSON'}", "person.roles"),
        bad(person, "{" + ok + ",'roles':['YOUNG_PERSON','KING']}", "person.roles[1]"),
        bad(person, "{" + ok + ",'roles':['young_person']}", "person.roles[0]"),
        bad(person, "{" + ok + ",'roles':[null]}", "person.roles[0]"),
        bad(person, "{" + ok + ",'roles':['FACILITATOR','FACILITATOR']}", "person.roles[1]"),
        bad(person, "{" + ok + "," + roles + ",'accessNeeds':['TELEPATHY']}", "person.accessNeeds[0]"),
        bad(person, "{" + ok + "," + roles + ",'accessNeeds':['EASY_READ','SPOKEN_LANGUAGE_INTERPRETER']}",
            "person.accessNeeds[1]"),
        bad(person, "{" + ok + "," + roles + ",'accessNeeds':{}}", "person.accessNeeds"),
        // person: equality monitoring
        bad(person, "{" + ok + "," + roles + ",'monitoring':[]}", "person.monitoring"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'ethnicity':'WHITE_BRITISH'}}",
            "person.monitoring.ethnicity"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'ethnicity':{'answer':'MARTIAN'}}}",
            "person.monitoring.ethnicity.answer"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'disability':{'answer':'yes'}}}",
            "person.monitoring.disability.answer"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'deprivationDecile':{'answer':11}}}",
            "person.monitoring.deprivationDecile.answer"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'deprivationDecile':{'answer':2.5}}}",
            "person.monitoring.deprivationDecile.answer"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'gender':null}}", "person.monitoring.gender"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'gender':{}}}", "person.monitoring.gender.answer"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'gender':{'answer':'NON_BINARY','note':'x'}}}",
            "person.monitoring.gender.note"),
        bad(person, "{" + ok + "," + roles + ",'monitoring':{'religion':'NOT_ASKED'}}",
            "person.monitoring.religion"),
        // person: unknown and repeated properties
        bad(person, "{" + ok + "," + roles + ",'name':'Alice'}", "person.name"),
        bad(person, "{" + ok + "," + roles + ",'first name':'Alice'}", "person[\"first name\"]"),
        bad(person, "{'@class':'java.lang.Runtime'," + ok + "," + roles + "}", "person[\"@class\"]"),
        bad(person, "{" + ok + "," + roles + ",'id':'P2'}", "person.id"),
        // responsibility claims
        bad(claim, "{" + holder + ",'child':'C-1','basis':'BIRTH_MOTHER'}", "responsibilityClaim.from"),
        bad(claim, "{" + holder + ",'child':'C-1','basis':'BIRTH_MOTHER','from':'2026-13-01'}",
            "responsibilityClaim.from"),
        bad(claim, "{" + holder + ",'child':'C-1','basis':'BIRTH_MOTHER','from':'1 May 2024'}",
            "responsibilityClaim.from"),
        bad(claim, "{" + holder + ",'child':'C-1','basis':'BIRTH_MOTHER','from':'2024-05-01','until':'2024-05-01'}",
            "responsibilityClaim.until"),
        bad(claim, "{" + holder + ",'child':'C-1','basis':'STEP_PARENT','from':'2024-05-01'}",
            "responsibilityClaim.basis"),
        bad(claim, "{'holder':'M-1','child':'C-1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.holder"),
        bad(claim, "{'holder':{'kind':'robot','id':'R2'},'child':'C-1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.holder.kind"),
        bad(claim, "{'holder':{'kind':'person','id':''},'child':'C-1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.holder.id"),
        bad(claim, "{'holder':{'kind':'person'},'child':'C-1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.holder.id"),
        bad(claim, "{" + holder + ",'child':'C 1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.child"),
        bad(claim, "{" + holder + ",'child':'C-1','basis':'LOCAL_AUTHORITY_CARE_ORDER','from':'2024-05-01'}",
            "responsibilityClaim.holder"),
        bad(claim, "{" + holder + ",'child':'M-1','basis':'BIRTH_MOTHER','from':'2024-05-01'}",
            "responsibilityClaim.holder"),
        // responsibility findings, reasons and sources
        bad(finding, "{" + findingBase + ",'holds':true,'reasons':[" + reason + "]}",
            "responsibilityFinding.basis"),
        bad(finding, "{" + findingBase + ",'holds':false,'basis':'BIRTH_MOTHER','reasons':[" + reason + "]}",
            "responsibilityFinding.basis"),
        bad(finding, "{" + findingBase + ",'holds':'yes','reasons':[" + reason + "]}",
            "responsibilityFinding.holds"),
        bad(finding, "{" + findingBase + ",'holds':false,'reasons':[]}", "responsibilityFinding.reasons"),
        bad(finding, "{" + findingBase + ",'holds':false,'reasons':[{'rule':' ','explanation':'e',"
            + "'source':{'kind':'LAW','citation':'c'}}]}", "responsibilityFinding.reasons[0].rule"),
        bad(finding, "{" + findingBase + ",'holds':false,'reasons':[" + reason + ",{'rule':'r',"
            + "'explanation':'e','source':{'kind':'RUMOUR','citation':'c'}}]}",
            "responsibilityFinding.reasons[1].source.kind"),
        bad(type(Reason.class), "{'rule':'r','explanation':'e'}", "reason.source"),
        bad(type(RuleSource.class), "{'kind':'LAW','citation':''}", "ruleSource.citation"),
        // values with a text form, at the root
        bad(type(PersonId.class), "42", "personId"),
        bad(type(PersonId.class), "''", "personId"),
        bad(type(OrganisationId.class), "'-LA'", "organisationId"),
        bad(type(PartyId.class), "{'kind':'person','id':'P1','extra':true}", "partyId.extra"),
        bad(type(Jurisdiction.class), "'Narnia'", "jurisdiction"),
        bad(type(AgeBand.class), "'14'", "ageBand"),
        bad(type(Age.class), "'fourteen'", "age"),
        bad(type(BirthInformation.class), "'year:10000'", "birthInformation"),
        bad(type(AccessNeed.class), "['EASY_READ']", "accessNeed"),
        bad(type(Role.class), "'KING'", "role"),
        bad(type(Role.class), "1", "role"),
        bad(type(RuleSource.Kind.class), "'RUMOUR'", "ruleSource.kind"),
        bad(type(EqualityMonitoring.class), "{'gender':'MAYBE'}", "equalityMonitoring.gender"),
        // responses at the root, by answer type
        bad(responseOf(Gender.class), "'MAYBE'", "response"),
        bad(responseOf(Gender.class), "{}", "response.answer"),
        bad(responseOf(Gender.class), "{'answer':null}", "response.answer"),
        bad(responseOf(Gender.class), "{'answer':'MAYBE'}", "response.answer"),
        bad(responseOf(Gender.class), "{'answer':'GIRL_OR_WOMAN','x':1}", "response.x"),
        bad(responseOf(Boolean.class), "{'answer':1}", "response.answer"),
        bad(responseOf(Integer.class), "{'answer':1.5}", "response.answer"),
        bad(responseOf(Integer.class), "{'answer':12345678901}", "response.answer"),
        bad(responseOf(Score.class), "{'answer':null}", "response.answer"),
        bad(responseOf(Score.class), "{'answer':{'value':1},'answer':{'value':2}}", "response.answer"),
        bad(responseOf(Score.class), "[]", "response"));
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @MethodSource("badInput")
  void rejectsBadInputNamingTheField(JavaType type, String json, String field) {
    InvalidInputException e = catchThrowableOfType(
        InvalidInputException.class, () -> MAPPER.readValue(json, type));

    assertThat(e).as("reading %s as %s", json, type).isNotNull();
    assertThat(e.field()).isEqualTo(field);
    assertThat(e.getMessage()).startsWith(field + ": ");
  }

  static Stream<Arguments> personalValues() {
    String ok = "'id':'P1','jurisdiction':'GB-ENG','roles':['YOUNG_PERSON']";
    return Stream.of(
        Arguments.of(json("{" + ok + ",'birth':'2010-02-30'}"), type(Person.class), "2010-02-30"),
        Arguments.of(json("{" + ok + ",'birth':'age:15-13@2026-03-01'}"), type(Person.class), "15-13"),
        Arguments.of(json("{" + ok + ",'birth':'2010-02-28','accessNeeds':['WHEELCHAIR_USER']}"),
            type(Person.class), "WHEELCHAIR"),
        Arguments.of(json("{" + ok + ",'birth':'2010-02-28','accessNeeds':['TRANSLATED_MATERIALS:Kurdish']}"),
            type(Person.class), "Kurdish"),
        Arguments.of(json("{" + ok + ",'birth':'2010-02-28','monitoring':{'ethnicity':{'answer':'KURDISH'}}}"),
            type(Person.class), "KURDISH"),
        Arguments.of(json("{" + ok + ",'birth':'2010-02-28','monitoring':{'gender':'TRANS_MAN'}}"),
            type(Person.class), "TRANS_MAN"),
        Arguments.of(json("{'holder':{'kind':'person','id':'M-1'},'child':'C-1','basis':'BIRTH_MOTHER',"
            + "'from':'2012-07-32'}"), type(ResponsibilityClaim.class), "2012-07-32"),
        Arguments.of(json("'130-131'"), type(Age.class), "130-131"),
        Arguments.of(json("'14'"), type(AgeBand.class), "14"),
        Arguments.of(json("{'answer':'TRANS_WOMAN'}"), responseOf(Gender.class), "TRANS_WOMAN"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("personalValues")
  void neverShowsAValueAboutAPersonInAnError(String json, JavaType type, String secret) {
    InvalidInputException e = catchThrowableOfType(
        InvalidInputException.class, () -> MAPPER.readValue(json, type));

    assertThat(e).isNotNull();
    assertThat(e.offendingValue()).isEmpty();
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(t.getMessage()).doesNotContain(secret);
    }
  }

  @Test
  void withholdsInvalidIdTextWhichMayBeANameEnteredByMistake() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> MAPPER.readValue("\"Ann Example\"", PersonId.class));

    assertThat(e.field()).isEqualTo("personId");
    assertThat(e.offendingValue()).isEmpty();
    assertThat(e.getMessage()).doesNotContain("Ann");
  }

  @Test
  void leavesMalformedJsonToJackson() {
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\": \"P1\",", Person.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> MAPPER.readValue("{\"id\" \"P1\"}", Person.class))
        .isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> MAPPER.readValue("", Person.class))
        .isInstanceOf(JsonProcessingException.class);
  }

  // ---- what a host sees -------------------------------------------------------------------

  @Test
  void throwsTheInvalidInputExceptionItselfForACoreValueAtTheRoot() throws Exception {
    String json = json("{'id':'P1','birth':'soon','jurisdiction':'GB-ENG','roles':['YOUNG_PERSON']}");

    assertRootFailure(() -> MAPPER.readValue(json, Person.class));
    assertRootFailure(() -> MAPPER.readValue(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        Person.class));
    assertRootFailure(() -> MAPPER.readerFor(Person.class).readValue(json));
    assertRootFailure(() -> MAPPER.treeToValue(MAPPER.readTree(json), Person.class));
    assertRootFailure(() -> MAPPER.convertValue(MAPPER.readValue(json, Map.class), Person.class));
  }

  @Test
  void wrapsTheInvalidInputExceptionForACoreValueInsideAHostsBean() {
    String json = json("{'note':'n','child':{'id':'P1','birth':'soon','jurisdiction':'GB-ENG',"
        + "'roles':['YOUNG_PERSON']}}");

    JsonMappingException e = catchThrowableOfType(
        JsonMappingException.class, () -> MAPPER.readValue(json, Referral.class));

    assertThat(e.getPathReference()).contains("child");
    assertThat(e.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
        cause -> assertThat(cause.field()).isEqualTo("person.birth"));
  }

  @Test
  void wrapsTheInvalidInputExceptionForACoreValueInACollection() {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> MAPPER.readValue("[\"GB-ENG\", \"GB-XX\"]", new TypeReference<List<Jurisdiction>>() {}));

    assertThat(e.getPath()).hasSize(1);
    assertThat(e.getPath().get(0).getIndex()).isEqualTo(1);
    assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void letsTheInvalidInputExceptionThroughWhenTheHostTurnsWrappingOff() {
    ObjectMapper unwrapped = new ObjectMapper()
        .registerModule(new CoproduceCoreModule())
        .disable(DeserializationFeature.WRAP_EXCEPTIONS);
    String json = json("{'note':'n','child':{'id':'P1','birth':'soon','jurisdiction':'GB-ENG',"
        + "'roles':['YOUNG_PERSON']}}");

    assertThatThrownBy(() -> unwrapped.readValue(json, Referral.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("person.birth"));
  }

  @Test
  void rejectsUnknownPropertiesEvenWhenTheHostIgnoresThem() {
    ObjectMapper lenient = new ObjectMapper()
        .registerModule(new CoproduceCoreModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThatThrownBy(() -> lenient.readValue(json("{'kind':'LAW','citation':'c','page':3}"),
        RuleSource.class))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("ruleSource.page"));
  }

  @Test
  void writesPartyIdShapeForHostPropertiesDeclaredAsPartyId() throws Exception {
    Contacts contacts = new Contacts(MOTHER, List.of(COUNCIL, CHILD), Map.of("weekend", COUNCIL),
        Response.answered(CHILD));

    String json = MAPPER.writeValueAsString(contacts);

    assertThat(json).isEqualTo(compact("""
        {
          "lead": {"kind": "person", "id": "M-1"},
          "others": [{"kind": "organisation", "id": "LA-9"}, {"kind": "person", "id": "C-1"}],
          "backups": {"weekend": {"kind": "organisation", "id": "LA-9"}},
          "delegate": {"answer": {"kind": "person", "id": "C-1"}}
        }
        """));
    assertThat(MAPPER.readValue(json, Contacts.class)).isEqualTo(contacts);
  }

  @Test
  void readsAndWritesIdsAndConstantsAsMapKeys() throws Exception {
    Map<PersonId, Jurisdiction> homes = new TreeMap<>(java.util.Comparator.comparing(PersonId::value));
    homes.put(CHILD, Jurisdiction.WALES);
    homes.put(MOTHER, Jurisdiction.ENGLAND);
    Map<Jurisdiction, Integer> counts = Map.of(Jurisdiction.SCOTLAND, 3);
    TypeReference<Map<PersonId, Jurisdiction>> homesType = new TypeReference<>() {};
    TypeReference<Map<Jurisdiction, Integer>> countsType = new TypeReference<>() {};

    assertThat(MAPPER.writeValueAsString(homes)).isEqualTo("{\"C-1\":\"GB-WLS\",\"M-1\":\"GB-ENG\"}");
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(homes), homesType)).isEqualTo(homes);
    assertThat(MAPPER.writeValueAsString(counts)).isEqualTo("{\"GB-SCT\":3}");
    assertThat(MAPPER.readValue("{\"GB-SCT\":3}", countsType)).isEqualTo(counts);
  }

  @Test
  void readsResponsesOfTheHostsOwnAnswerTypesThroughJackson() throws Exception {
    TypeReference<Response<Score>> scores = new TypeReference<>() {};

    assertThat(MAPPER.readValue("{\"answer\":{\"value\":4}}", scores))
        .isEqualTo(Response.answered(new Score(4)));
    assertThat(MAPPER.readValue("\"PREFER_NOT_TO_SAY\"", scores)).isEqualTo(Response.preferNotToSay());
    assertThat(MAPPER.writerFor(scores).writeValueAsString(Response.answered(new Score(4))))
        .isEqualTo("{\"answer\":{\"value\":4}}");
  }

  // ---- no polymorphic typing --------------------------------------------------------------

  @Test
  void enablesNoPolymorphicTyping() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    ObjectMapper withModule = new ObjectMapper().findAndRegisterModules();

    for (Class<?> type : List.of(Object.class, PartyId.class, Person.class, Response.class)) {
      JavaType t = TYPES.constructType(type);
      assertThat(withModule.getSerializationConfig().getDefaultTyper(t)).isNull();
      assertThat(withModule.getDeserializationConfig().getDefaultTyper(t)).isNull();
    }
    assertThat(withModule.getPolymorphicTypeValidator().getClass())
        .isEqualTo(plain.getPolymorphicTypeValidator().getClass());
    String json = withModule.writerFor(PartyId.class).writeValueAsString(COUNCIL)
        + withModule.writeValueAsString(
            ResponsibilityClaim.of(COUNCIL, CHILD, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER,
                LocalDate.of(2024, 5, 1)));
    assertThat(json).doesNotContain("@class", "@type", "io.coproduce", "java.");
  }

  @Test
  void keepsCoreShapesWhenAHostEnablesDefaultTypingForItsOwnTypes() throws Exception {
    ObjectMapper typed = new ObjectMapper().registerModule(new CoproduceCoreModule());
    typed.activateDefaultTyping(
        BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
        ObjectMapper.DefaultTyping.NON_FINAL);
    Lead lead = new Lead(MOTHER, Person.youngPerson(CHILD, BirthInformation.ofYear(2012),
        Jurisdiction.ENGLAND));

    String json = typed.writeValueAsString(lead);

    assertThat(json).isEqualTo(compact("""
        {
          "lead": {"kind": "person", "id": "M-1"},
          "person": {"id": "C-1", "birth": "year:2012", "jurisdiction": "GB-ENG",
            "roles": ["YOUNG_PERSON"], "accessNeeds": [], "monitoring": {}}
        }
        """));
    assertThat(typed.readValue(json, Lead.class)).isEqualTo(lead);
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static Arguments bad(JavaType type, String json, String field) {
    return Arguments.of(type, json(json), field);
  }

  private static JavaType type(Class<?> type) {
    return TYPES.constructType(type);
  }

  private static JavaType responseOf(Class<?> answer) {
    return TYPES.constructParametricType(Response.class, answer);
  }

  /** Test JSON with single quotes for readability. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private interface Read {
    Object read() throws Exception;
  }

  private static void assertRootFailure(Read read) {
    assertThatThrownBy(read::read)
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("person.birth"));
  }

  private static void assertWritesExactly(Object value, String expected) throws Exception {
    assertThat(MAPPER.writeValueAsString(value)).isEqualTo(compact(expected));
  }

  /** Removes the whitespace outside JSON strings, so text blocks can be laid out for reading. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
