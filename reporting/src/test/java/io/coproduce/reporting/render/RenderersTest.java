package io.coproduce.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.reporting.disclosure.DisclosurePolicy;
import io.coproduce.reporting.report.Publication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderersTest {

  static Stream<Renderer> renderers() {
    return Renderers.documents().stream();
  }

  /** A stream that refuses to be closed: renderers flush the host's stream but leave it open. */
  static final class OpenStream extends ByteArrayOutputStream {
    boolean flushed;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      throw new AssertionError("the host's stream must stay open");
    }
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void aHostPicksReportsAPolicyAndARendererAndWritesToItsStream(Renderer renderer) throws IOException {
    OpenStream out = new OpenStream();

    renderer.publish(List.of(Fixtures.report()), DisclosurePolicy.nhsDefault(), out);

    assertThat(out.flushed).isTrue();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(renderer.renderToString(Fixtures.published()));
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void aStricterPolicyShowsInTheOutput(Renderer renderer) throws IOException {
    OpenStream out = new OpenStream();
    DisclosurePolicy stricter = DisclosurePolicy.nhsDefault().withSmallestShownCount(10);

    renderer.publish(List.of(Fixtures.report()), stricter, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("counts 1-10 suppressed");
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void writesUtf8(Renderer renderer) throws IOException {
    Publication p = Fixtures.published();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    renderer.render(p, out);

    // the en dash in fixed wording and policy citations survives as UTF-8
    assertThat(out.toByteArray()).isEqualTo(renderer.renderToString(p).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void eachFormatHasItsFileNameAndMediaType() {
    assertThat(Renderers.documents()).extracting(Renderer::fileName)
        .containsExactly("report.html", "report.json", "report.md");
    assertThat(Renderers.html().mediaType()).isEqualTo("text/html; charset=utf-8");
    assertThat(Renderers.json().mediaType()).isEqualTo("application/json");
    assertThat(Renderers.markdown().mediaType()).isEqualTo("text/markdown; charset=utf-8");
    assertThat(Renderers.json()).isSameAs(Renderers.json());
  }
}
