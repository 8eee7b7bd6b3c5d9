package io.coproduce.core.json.strict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.json.CoproduceCoreModule;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The toolkit other modules build their JSON support with, used as they use it. */
class StrictModuleTest {

  enum Colour { RED, GREEN }

  /** A tiny value type of a "host module". */
  record Tag(String text) {}

  static final StrictType<Tag> TAG = StrictType.text(Tag.class, "tag", (node, path) -> {
    String text = StrictNodes.nonBlankText(node, path);
    return new Tag(text);
  }, Tag::text);

  static final class HostModule extends StrictModule {
    HostModule() {
      super("host", List.of(TAG, StrictType.constant(Colour.class, "colour")), List.of(new CoproduceCoreModule()));
    }

    void override(Class<?> type, JsonSerializer<?> serializer) {
      overrideSerializer(type, serializer);
    }
  }

  private final ObjectMapper mapper = new ObjectMapper().registerModule(new HostModule());

  @Test
  void readsAndWritesValuesAndKeys() throws Exception {
    assertThat(mapper.writeValueAsString(new Tag("a"))).isEqualTo("\"a\"");
    assertThat(mapper.readValue("\"a\"", Tag.class)).isEqualTo(new Tag("a"));
    assertThat(mapper.writeValueAsString(Map.of(Colour.RED, new Tag("x")))).isEqualTo("{\"RED\":\"x\"}");
    assertThat(mapper.readValue("\"GREEN\"", Colour.class)).isEqualTo(Colour.GREEN);
  }

  @Test
  void readingErrorsNameTheRootPath() {
    assertThatThrownBy(() -> mapper.readValue("\"BLUE\"", Colour.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("colour");
          assertThat(e.rule()).isEqualTo("must be one of RED, GREEN");
        });
    assertThatThrownBy(() -> mapper.readValue("\" \"", Tag.class))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("tag"));
  }

  @Test
  void registersItsDependenciesFirst() {
    assertThat(new HostModule().getDependencies()).singleElement().isInstanceOf(CoproduceCoreModule.class);
    assertThat(new HostModule().getModuleName()).isEqualTo("host");
  }

  @Test
  void refusesATypeRegisteredTwiceAndAnOverrideOfAnUnknownType() {
    assertThatThrownBy(() -> new StrictModule("twice", List.of(TAG, TAG), List.of()) {})
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("registered twice");
    assertThatThrownBy(() -> new HostModule().override(String.class, ToStringSerializer.instance))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not registered");
  }

  @Test
  void coreReadersAndWritersAreOnlyForCoreTypes() {
    assertThat(CoproduceCoreModule.reader(io.coproduce.core.id.PersonId.class)).isNotNull();
    assertThat(CoproduceCoreModule.writer(io.coproduce.core.id.PartyId.class)).isNotNull();
    assertThatThrownBy(() -> CoproduceCoreModule.reader(String.class)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CoproduceCoreModule.writer(String.class)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strictNodesReadInstantsAndListsWithPaths() throws Exception {
    var node = mapper.readTree("{\"at\":\"2026-01-01T00:00:00Z\",\"bad\":\"yesterday\",\"list\":[\"a\",\" \"]}");
    assertThat(StrictNodes.instant(node.get("at"), "x.at")).isEqualTo(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    assertThatThrownBy(() -> StrictNodes.instant(node.get("bad"), "x.bad"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("x.bad");
          assertThat(e.offendingValue()).isEmpty();
        });
    assertThatThrownBy(() -> StrictNodes.list(node.get("list"), "x.list", StrictNodes::nonBlankText))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("x.list[1]"));
    assertThatThrownBy(() -> StrictNodes.list(node.get("at"), "x.at", StrictNodes::text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rule()).contains("a JSON array"));
  }
}
