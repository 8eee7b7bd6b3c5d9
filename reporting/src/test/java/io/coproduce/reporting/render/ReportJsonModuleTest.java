package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import io.coproduce.reporting.disclosure.ReleasedTable;
import io.coproduce.reporting.report.Publication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new ReportJsonModule());

  @Test
  void writesEveryReleasedTypeInAHostsOwnMapper() throws Exception {
    Publication p = Fixtures.published();
    ReleasedTable table = p.tables().get(0);

    assertThat(MAPPER.writeValueAsString(Map.of("t", table)))
        .startsWith("{\"t\":{\"id\":\"reach-by-age-band\",\"title\":\"People taking part, by age band\"");
    assertThat(MAPPER.writeValueAsString(table.disclosure()))
        .startsWith("{\"forPublication\":true,\"policy\":\"NHS England small-number rule\",\"rules\":[{\"rule\":");
    assertThat(MAPPER.writeValueAsString(table.columns().get(3))).isEqualTo(
        "{\"name\":\"share_percent\",\"label\":\"Share of sessions (%)\",\"kind\":\"PERCENT\","
            + "\"basis\":[\"young_people_count\",\"sessions_count\"]}");
    assertThat(MAPPER.writeValueAsString(p.reports().get(0).sections().get(0).chart().orElseThrow()))
        .isEqualTo("{\"kind\":\"BAR\",\"categoryColumn\":\"age_band\",\"valueColumns\":"
            + "[\"young_people_count\",\"share_percent\"],\"altText\":\"Young people and share of sessions by age band.\"}");
    assertThat(MAPPER.writeValueAsString(p.reports().get(0).sections().get(1)))
        .startsWith("{\"title\":\"Forums <& notes>\",\"text\":\"\",\"table\":{")
        .doesNotContain("\"chart\"");
    assertThat(MAPPER.writeValueAsString(p.reports().get(0))).startsWith("{\"id\":\"reach\",");
    assertThat(MAPPER.writeValueAsString(List.of(p))).startsWith("[{\"format\":\"coproduce-report/1\"");
  }

  @Test
  void writesTheSameJsonAsTheRendererWithoutPrettyPrinting() throws Exception {
    Publication p = Fixtures.internal();

    assertThat(Fixtures.tree(MAPPER.writeValueAsString(p)))
        .isEqualTo(Fixtures.tree(Renderers.json().renderToString(p)));
  }

  @Test
  void writesNoTypeIdsEvenWhenTheHostEnablesDefaultTyping() throws Exception {
    ObjectMapper typed = new ObjectMapper().registerModule(new ReportJsonModule());
    typed.activateDefaultTyping(BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
        ObjectMapper.DefaultTyping.EVERYTHING);

    Object disclosure = Fixtures.published().tables().get(0).disclosure();

    assertThat(typed.writeValueAsString(disclosure))
        .isEqualTo(MAPPER.writeValueAsString(disclosure))
        .doesNotContain("@class").doesNotContain("io.coproduce");
  }

  @Test
  void aRawTableHasNoSerializerSoUnprotectedFiguresCannotBeWrittenByMistake() {
    ObjectMapper strict = new ObjectMapper().registerModule(new ReportJsonModule())
        .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    assertThatThrownBy(() -> strict.writeValueAsString(Fixtures.reachTable()))
        .isInstanceOf(JsonMappingException.class);
  }

  @Test
  void registersTheCoreModuleFirst() {
    ReportJsonModule module = new ReportJsonModule();

    assertThat(module.getModuleName()).isEqualTo("io.coproduce.reporting");
    assertThat(module.getDependencies()).extracting(m -> m.getModuleName()).containsExactly("io.coproduce.core");
  }
}
