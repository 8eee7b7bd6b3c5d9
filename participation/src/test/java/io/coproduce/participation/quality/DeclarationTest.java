package io.coproduce.participation.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.coproduce.core.id.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DeclarationTest {

  private static final Instant T = Instant.parse("2026-03-10T10:00:00Z");
  private static final PersonId LEAD = PersonId.parse("st-lead");
  private static final EvidenceId DOC = EvidenceId.parse("doc-1");

  @Test
  void holdsItsParts() {
    Declaration d = Declaration.of(LundyElement.VOICE, ElementStatus.PARTLY_MET, DOC, LEAD, T);
    assertThat(d.element()).isEqualTo(LundyElement.VOICE);
    assertThat(d.status()).isEqualTo(ElementStatus.PARTLY_MET);
    assertThat(d.evidence()).isEqualTo(DOC);
    assertThat(d.declaredBy()).isEqualTo(LEAD);
    assertThat(d.at()).isEqualTo(T);
    assertThat(d.describe()).isEqualTo("voice declared partly met by st-lead at 2026-03-10T10:00:00Z on evidence doc-1");
  }

  @Test
  void precedenceIsLatestThenLowestThenByIds() {
    Declaration early = Declaration.of(LundyElement.SPACE, ElementStatus.NOT_MET, DOC, LEAD, T);
    Declaration lateMet = Declaration.of(LundyElement.SPACE, ElementStatus.MET, DOC, LEAD, T.plusSeconds(1));
    Declaration lateNotMet = Declaration.of(LundyElement.SPACE, ElementStatus.NOT_MET, DOC, LEAD, T.plusSeconds(1));
    Declaration lateNotMetOtherDoc = Declaration.of(LundyElement.SPACE, ElementStatus.NOT_MET,
        EvidenceId.parse("doc-0"), LEAD, T.plusSeconds(1));
    Declaration lateNotMetOtherPerson = Declaration.of(LundyElement.SPACE, ElementStatus.NOT_MET, DOC,
        PersonId.parse("st-a"), T.plusSeconds(1));
    List<Declaration> ordered = Stream.of(lateNotMet, early, lateMet, lateNotMetOtherPerson, lateNotMetOtherDoc)
        .sorted(Declaration.PRECEDENCE).toList();
    assertThat(ordered).containsExactly(early, lateMet, lateNotMetOtherDoc, lateNotMetOtherPerson, lateNotMet);
  }
}
