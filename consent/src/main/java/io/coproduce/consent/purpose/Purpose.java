package io.coproduce.consent.purpose;

import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.id.IdentifierSyntax;
import io.coproduce.core.id.OrganisationId;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One thing a young person is asked to agree to: a {@link PurposeKind} and, for kinds that need
 * it, a qualifier (how a quote is attributed, which partner data is shared with, which kind of
 * research or online service, or an organisation's own code). Immutable and thread-safe.
 *
 * <p>Text form, which {@link #parse(String)} reads back: the kind's name, then for qualified
 * kinds a colon and the qualifier: {@code PHOTOGRAPHY}, {@code QUOTATION:FIRST_NAME}, {@code
 * SHARING:ccg-north}, {@code RESEARCH:CLINICAL_TRIAL_OF_MEDICINE}, {@code
 * ONLINE_SERVICE:INFORMATION_SOCIETY_SERVICE}, {@code ORGANISATION_DEFINED:residential-trip}.
 *
 * @param kind the kind of purpose
 * @param qualifier the qualifier's text, or {@code null} for kinds without one
 */
public record Purpose(PurposeKind kind, String qualifier) implements Comparable<Purpose> {

  /** Validates the purpose: a qualifier exactly for qualified kinds, in the kind's form. */
  public Purpose {
    Objects.requireNonNull(kind, "kind");
    if (!kind.isQualified()) {
      if (qualifier != null) {
        throw InvalidInputException.of(
            "purpose.qualifier", kind + " takes no qualifier", qualifier);
      }
    } else {
      if (qualifier == null) {
        throw InvalidInputException.of("purpose.qualifier", kind + " needs a qualifier", null);
      }
      switch (kind) {
        case QUOTATION -> requireConstant(qualifier, QuoteAttribution.class);
        case RESEARCH -> requireConstant(qualifier, ResearchKind.class);
        case ONLINE_SERVICE -> requireConstant(qualifier, OnlineServiceKind.class);
        case SHARING, ORGANISATION_DEFINED -> {
          if (!IdentifierSyntax.isValid(qualifier)) {
            // Withheld, as core withholds invalid ids: it may be a name typed into the wrong field.
            throw InvalidInputException.personal("purpose.qualifier", IdentifierSyntax.RULE);
          }
        }
        default -> throw new AssertionError(kind);
      }
    }
  }

  private static <E extends Enum<E>> void requireConstant(String text, Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return;
      }
    }
    throw InvalidInputException.of("purpose.qualifier", "must be one of " + names(type), text);
  }

  private static String names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }

  /** A purpose of a kind that takes no qualifier. */
  public static Purpose of(PurposeKind kind) {
    return new Purpose(kind, null);
  }

  /** Taking part in the activity. */
  public static Purpose takingPart() {
    return of(PurposeKind.TAKING_PART);
  }

  /** Being contacted. */
  public static Purpose contact() {
    return of(PurposeKind.CONTACT);
  }

  /** Being photographed. */
  public static Purpose photography() {
    return of(PurposeKind.PHOTOGRAPHY);
  }

  /** Being filmed. */
  public static Purpose video() {
    return of(PurposeKind.VIDEO);
  }

  /** Being audio-recorded. */
  public static Purpose audioRecording() {
    return of(PurposeKind.AUDIO_RECORDING);
  }

  /** Being quoted, attributed as given. */
  public static Purpose quotation(QuoteAttribution attribution) {
    return new Purpose(PurposeKind.QUOTATION, Objects.requireNonNull(attribution, "attribution").name());
  }

  /** Being named or credited publicly. */
  public static Purpose publicCredit() {
    return of(PurposeKind.PUBLIC_CREDIT);
  }

  /** Publication of contributions. */
  public static Purpose publication() {
    return of(PurposeKind.PUBLICATION);
  }

  /** Sharing with the named partner organisation. */
  public static Purpose sharingWith(OrganisationId partner) {
    return new Purpose(PurposeKind.SHARING, Objects.requireNonNull(partner, "partner").value());
  }

  /** Research use of the given kind. */
  public static Purpose research(ResearchKind researchKind) {
    return new Purpose(PurposeKind.RESEARCH, Objects.requireNonNull(researchKind, "researchKind").name());
  }

  /** Receiving payment or vouchers. */
  public static Purpose payment() {
    return of(PurposeKind.PAYMENT);
  }

  /** Using an online platform of the given kind. */
  public static Purpose onlineService(OnlineServiceKind serviceKind) {
    return new Purpose(
        PurposeKind.ONLINE_SERVICE, Objects.requireNonNull(serviceKind, "serviceKind").name());
  }

  /** An organisation's own purpose, named by a code following {@link IdentifierSyntax}. */
  public static Purpose organisationDefined(String code) {
    return new Purpose(PurposeKind.ORGANISATION_DEFINED, Objects.requireNonNull(code, "code"));
  }

  /**
   * Parses the text form ({@code KIND} or {@code KIND:QUALIFIER}).
   *
   * @throws InvalidInputException naming {@code purpose} or {@code purpose.qualifier}
   */
  public static Purpose parse(String text) {
    if (text == null) {
      throw InvalidInputException.of("purpose", "must not be null", null);
    }
    int colon = text.indexOf(':');
    String kindText = colon < 0 ? text : text.substring(0, colon);
    PurposeKind kind = null;
    for (PurposeKind k : PurposeKind.values()) {
      if (k.name().equals(kindText)) {
        kind = k;
      }
    }
    if (kind == null) {
      throw InvalidInputException.of(
          "purpose", "must start with one of " + names(PurposeKind.class), text);
    }
    return new Purpose(kind, colon < 0 ? null : text.substring(colon + 1));
  }

  /** Returns the qualifier, if the kind takes one. */
  public Optional<String> qualifierText() {
    return Optional.ofNullable(qualifier);
  }

  /** Returns the research kind, for {@link PurposeKind#RESEARCH}. */
  public Optional<ResearchKind> researchKind() {
    return kind == PurposeKind.RESEARCH ? Optional.of(ResearchKind.valueOf(qualifier)) : Optional.empty();
  }

  /** Returns the online-service kind, for {@link PurposeKind#ONLINE_SERVICE}. */
  public Optional<OnlineServiceKind> onlineServiceKind() {
    return kind == PurposeKind.ONLINE_SERVICE
        ? Optional.of(OnlineServiceKind.valueOf(qualifier))
        : Optional.empty();
  }

  /** Returns the quote attribution, for {@link PurposeKind#QUOTATION}. */
  public Optional<QuoteAttribution> quoteAttribution() {
    return kind == PurposeKind.QUOTATION
        ? Optional.of(QuoteAttribution.valueOf(qualifier))
        : Optional.empty();
  }

  /** Returns the partner, for {@link PurposeKind#SHARING}. */
  public Optional<OrganisationId> partner() {
    return kind == PurposeKind.SHARING ? Optional.of(OrganisationId.parse(qualifier)) : Optional.empty();
  }

  /** Returns whether this is a clinical trial of a medicine (a CTIMP). */
  public boolean isClinicalTrialOfMedicine() {
    return kind == PurposeKind.RESEARCH
        && ResearchKind.CLINICAL_TRIAL_OF_MEDICINE.name().equals(qualifier);
  }

  /** Returns whether UK GDPR Art 8 applies: an information society service offered to a child. */
  public boolean isInformationSocietyService() {
    return kind == PurposeKind.ONLINE_SERVICE
        && OnlineServiceKind.INFORMATION_SOCIETY_SERVICE.name().equals(qualifier);
  }

  /** Returns a short description for explanations: "being quoted (FIRST_NAME)". */
  public String describe() {
    return qualifier == null ? kind.description() : kind.description() + " (" + qualifier + ")";
  }

  /** Orders by kind, then qualifier. */
  @Override
  public int compareTo(Purpose other) {
    int c = kind.compareTo(other.kind);
    if (c != 0) {
      return c;
    }
    return qualifier == null ? (other.qualifier == null ? 0 : -1)
        : other.qualifier == null ? 1 : qualifier.compareTo(other.qualifier);
  }

  /** Equal when kind and qualifier are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Purpose other && kind == other.kind && Objects.equals(qualifier, other.qualifier);
  }

  @Override
  public int hashCode() {
    return kind.ordinal() * 31 + (qualifier == null ? 0 : qualifier.hashCode());
  }

  /** Returns the text form. */
  @Override
  public String toString() {
    return qualifier == null ? kind.name() : kind.name() + ":" + qualifier;
  }
}
