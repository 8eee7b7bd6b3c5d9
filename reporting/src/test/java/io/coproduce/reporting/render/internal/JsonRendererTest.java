package io.coproduce.reporting.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import io.coproduce.reporting.disclosure.InternalTable;
import io.coproduce.reporting.render.Fixtures;
import io.coproduce.reporting.render.JsonSchemas;
import io.coproduce.reporting.render.Renderers;
import io.coproduce.reporting.report.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

  private static final JsonSchema SCHEMA = Fixtures.schema(JsonSchemas.reportJson());

  static Stream<Publication> publications() {
    return Stream.of(Fixtures.published(), Fixtures.internal(), Fixtures.publishedTwo());
  }

  @ParameterizedTest
  @MethodSource("publications")
  void outputIsValidAgainstTheShippedSchema(Publication publication) {
    String json = Renderers.json().renderToString(publication);

    assertThat(Fixtures.problems(SCHEMA, json)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("publications")
  void rendersByteIdenticallyTwice(Publication publication) {
    assertThat(Renderers.json().renderToString(publication))
        .isEqualTo(Renderers.json().renderToString(publication))
        .endsWith("}\n")
        .doesNotContain("\r");
  }

  @Test
  void statesThePolicyAndWhetherForPublicationAtTheTop() {
    JsonNode published = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()));
    JsonNode internal = Fixtures.tree(Renderers.json().renderToString(Fixtures.internal()));

    assertThat(published.get("format").asText()).isEqualTo("coproduce-report/1");
    assertThat(published.get("forPublication").asBoolean()).isTrue();
    assertThat(published.get("policy").asText()).isEqualTo("NHS England small-number rule");
    assertThat(internal.get("forPublication").asBoolean()).isFalse();
    assertThat(internal.get("policy").asText()).isEqualTo(InternalTable.POLICY);
  }

  @Test
  void writesFieldsInAFixedOrder() {
    JsonNode root = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()));
    JsonNode table = root.at("/reports/0/sections/0/table");

    assertThat(names(root)).containsExactly("format", "forPublication", "policy", "reports");
    assertThat(names(root.at("/reports/0"))).containsExactly("id", "title", "summary", "asOf", "sections");
    assertThat(names(root.at("/reports/0/sections/0")))
        .containsExactly("title", "text", "table", "chart", "rules");
    assertThat(names(table))
        .containsExactly("id", "title", "description", "columns", "rows", "unreliable", "disclosure");
    assertThat(names(table.at("/rows/0")))
        .containsExactly("age_band", "young_people_count", "sessions_count", "share_percent");
    assertThat(names(table.get("disclosure"))).containsExactly(
        "forPublication", "policy", "rules", "primary", "secondary", "derived", "rounded", "suppressed");
  }

  @Test
  void writesSuppressedCellsAsAStarAndTheTotalAsAnObject() {
    JsonNode rows = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()))
        .at("/reports/0/sections/0/table/rows");

    // 3 is small (primary), 24 protects it (secondary), their percentages are derived
    assertThat(rows.at("/0/young_people_count").asText()).isEqualTo("*");
    assertThat(rows.at("/1/young_people_count").asText()).isEqualTo("*");
    assertThat(rows.at("/0/share_percent").asText()).isEqualTo("*");
    assertThat(rows.at("/2/young_people_count").asLong()).isEqualTo(40);
    assertThat(rows.at("/3/age_band/total").asBoolean()).isTrue();
    assertThat(rows.at("/3/young_people_count").asLong()).isEqualTo(70);
  }

  @Test
  void writesEveryOtherKindOfCellAsItsJsonType() {
    JsonNode table = Fixtures.tree(Renderers.json().renderToString(Fixtures.internal()))
        .at("/reports/0/sections/1/table");
    JsonNode row = table.at("/rows/0");

    assertThat(row.get("forum").asText()).isEqualTo("=SUM(A1)");
    assertThat(row.get("members_count").isIntegralNumber()).isTrue();
    assertThat(row.get("median_days").asDouble()).isEqualTo(4.5);
    assertThat(row.get("under_served").isBoolean()).isTrue();
    assertThat(row.get("target").asDouble()).isEqualTo(10.25);
    assertThat(row.get("note").asText()).isEqualTo("Tom & Jerry's <forum>");
    assertThat(table.at("/rows/1/median_days").isNull()).isTrue();
    assertThat(table.at("/columns/3/definition/rule").asText()).isEqualTo("reach.under-served");
  }

  @Test
  void listsShownCellsThatRestOnFewEventsAsUnreliable() {
    JsonNode unreliable = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()))
        .at("/reports/0/sections/1/table/unreliable");

    // the median and the flag rest on 12 members, fewer than 20
    assertThat(unreliable.toString())
        .isEqualTo("[{\"row\":0,\"column\":\"median_days\"},{\"row\":0,\"column\":\"under_served\"}]");
  }

  @Test
  void includesEachTablesDisclosureStatementWithRulesAndSources() {
    JsonNode disclosure = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()))
        .at("/reports/0/sections/0/table/disclosure");

    assertThat(disclosure.get("primary").asInt()).isEqualTo(1);
    assertThat(disclosure.get("secondary").asInt()).isEqualTo(1);
    assertThat(disclosure.get("derived").asInt()).isEqualTo(2);
    assertThat(disclosure.get("suppressed").asInt()).isEqualTo(4);
    assertThat(disclosure.at("/rules/0/source/kind").asText()).isEqualTo("GUIDANCE");
    assertThat(disclosure.at("/rules/0/source/citation").asText()).contains("NHS England");
  }

  static Stream<Arguments> brokenDocuments() {
    return Stream.of(
        Arguments.of("a table without its disclosure statement", "/reports/0/sections/0/table", "disclosure"),
        Arguments.of("a publication without its policy", "", "policy"),
        Arguments.of("a report without its asOf", "/reports/0", "asOf"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenDocuments")
  void theSchemaRejectsABrokenDocument(String what, String parent, String removed) {
    JsonNode root = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()));
    ((ObjectNode) (parent.isEmpty() ? root : root.at(parent))).remove(removed);

    assertThat(SCHEMA.validate(root)).as(what).isNotEmpty();
  }

  @Test
  void theSchemaRejectsAPublishedStatementWithoutRulesAndACountColumnMisnamed() {
    JsonNode root = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()));
    ((ObjectNode) root.at("/reports/0/sections/0/table/disclosure")).putArray("rules");
    JsonNode misnamed = Fixtures.tree(Renderers.json().renderToString(Fixtures.published()));
    ((ObjectNode) misnamed.at("/reports/0/sections/0/table/columns/1")).put("name", "young_people");

    assertThat(SCHEMA.validate(root)).isNotEmpty();
    assertThat(SCHEMA.validate(misnamed)).isNotEmpty();
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
