package io.coproduce.participation.workmap;

import io.coproduce.core.age.AgeBand;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.participation.layer.Layer;
import io.coproduce.participation.strategy.AimId;
import io.coproduce.participation.strategy.ObjectiveId;
import java.time.LocalDate;
import java.util.Set;

/**
 * Test support: a small worked scenario of four members of a coalition and their workstreams.
 *
 * <ul>
 *   <li>{@link #A1}: Anna's training for 13-17 in London and the North West on objective 1, at the
 *       local-system layer;
 *   <li>{@link #B1}: Bright's England-wide research for 16-25 on objective 1, at the regional layer;
 *   <li>{@link #C1}: Cedar's training for 16-17 in London on objective 1, which ended on 31 January 2026;
 *   <li>{@link #D1}: Dune's UK-wide direct support for 0-5 on objective 2, seeking funding.
 * </ul>
 */
final class WorkMapWorld {

  static final LocalDate START = LocalDate.of(2025, 9, 1);
  static final LocalDate ON = LocalDate.of(2026, 3, 1);
  static final LocalDate WHILE_CEDAR_RAN = LocalDate.of(2026, 1, 15);

  static final AimId AIM_1 = AimId.parse("aim-1");
  static final ObjectiveId O1 = ObjectiveId.parse("aim-1.obj-1");
  static final ObjectiveId O2 = ObjectiveId.parse("aim-2.obj-1");
  static final ObjectiveId O3 = ObjectiveId.parse("aim-3.obj-1");

  static final OrganisationId ANNA = OrganisationId.parse("org-anna");
  static final OrganisationId BRIGHT = OrganisationId.parse("org-bright");
  static final OrganisationId CEDAR = OrganisationId.parse("org-cedar");
  static final OrganisationId DUNE = OrganisationId.parse("org-dune");
  static final OrganisationId ELM = OrganisationId.parse("org-elm");

  static final Workstream A1 = builder("a1", ANNA).objectives(Set.of(O1)).aims(Set.of(AIM_1))
      .ageBands(Set.of(AgeBand.AGE_13_TO_15, AgeBand.AGE_16_TO_17))
      .regions(Set.of(Region.LONDON, Region.NORTH_WEST)).layers(Set.of(Layer.LOCAL_SYSTEM))
      .methods(Set.of(WorkstreamMethod.TRAINING)).build();
  static final Workstream B1 = builder("b1", BRIGHT).objectives(Set.of(O1))
      .ageBands(Set.of(AgeBand.AGE_16_TO_17, AgeBand.AGE_18_TO_25)).regions(Set.of(Region.ENGLAND))
      .layers(Set.of(Layer.REGION)).methods(Set.of(WorkstreamMethod.RESEARCH)).build();
  static final Workstream C1 = builder("c1", CEDAR).objectives(Set.of(O1))
      .ageBands(Set.of(AgeBand.AGE_16_TO_17)).regions(Set.of(Region.LONDON)).layers(Set.of(Layer.LOCAL_SYSTEM))
      .methods(Set.of(WorkstreamMethod.TRAINING)).active(START, LocalDate.of(2026, 1, 31)).build();
  static final Workstream D1 = builder("d1", DUNE).objectives(Set.of(O2)).ageBands(Set.of(AgeBand.AGE_0_TO_5))
      .regions(Set.of(Region.UK_WIDE)).layers(Set.of(Layer.NATION)).methods(Set.of(WorkstreamMethod.DIRECT_SUPPORT))
      .funding(FundingStatus.SEEKING_FUNDING).build();

  static final WorkMap WORLD = WorkMap.of(Set.of(A1, B1, C1, D1));

  private WorkMapWorld() {}

  static WorkstreamId wid(String id) {
    return WorkstreamId.parse(id);
  }

  /** A builder with the funding, first day, layer and method filled in, so tests set only what they look at. */
  static Workstream.Builder builder(String id, OrganisationId member) {
    return Workstream.builder(wid(id), member).funding(FundingStatus.FUNDED).activeFrom(START)
        .layers(Set.of(Layer.SERVICE)).methods(Set.of(WorkstreamMethod.TRAINING));
  }

  /** A workstream on one objective for some bands in some regions. */
  static Workstream ws(String id, OrganisationId member, ObjectiveId objective, Set<AgeBand> bands,
      Set<Region> regions) {
    return builder(id, member).objectives(Set.of(objective)).ageBands(bands).regions(regions).build();
  }
}
