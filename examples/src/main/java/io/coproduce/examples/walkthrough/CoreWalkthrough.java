package io.coproduce.examples.walkthrough;

import io.coproduce.core.age.Age;
import io.coproduce.core.age.BirthInformation;
import io.coproduce.core.id.OrganisationId;
import io.coproduce.core.id.PersonId;
import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.person.Person;
import io.coproduce.core.readability.ReadabilityCheck;
import io.coproduce.core.readability.ReadingLevel;
import io.coproduce.core.responsibility.ParentalResponsibility;
import io.coproduce.core.responsibility.ResponsibilityBasis;
import io.coproduce.core.responsibility.ResponsibilityClaim;
import io.coproduce.core.responsibility.ResponsibilityFinding;
import io.coproduce.core.rule.Reason;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A walk through the core rules on a small synthetic scenario: ages and bands on a date (with
 * uncertain births), who holds parental responsibility and why (care orders, s.20 accommodation,
 * adoption, the 2003 birth-registration rule), and whether an information sheet reads at the
 * right level for each age band. Immutable; everything is synthetic (ids are made up, and no real
 * person is described).
 */
public final class CoreWalkthrough {

  /** The walkthrough's default date, so the output is the same on every machine and every day. */
  public static final LocalDate DEFAULT_DATE = LocalDate.of(2026, 11, 23);

  private final LocalDate date;

  private CoreWalkthrough(LocalDate date) {
    this.date = Objects.requireNonNull(date, "date");
  }

  /** The walkthrough on {@code date}. */
  public static CoreWalkthrough on(LocalDate date) {
    return new CoreWalkthrough(date);
  }

  /** Returns the date the walkthrough reads ages and responsibility on. */
  public LocalDate date() {
    return date;
  }

  /**
   * Prints the walkthrough to {@code out}.
   *
   * @throws io.coproduce.core.error.InvalidInputException when the date is before someone in the
   *     scenario was born
   */
public void print(PrintStream out) {
    PersonId amara = PersonId.parse("yp-amber-01");
    PersonId bo = PersonId.parse("yp-birch-02");
    PersonId cal = PersonId.parse("yp-cedar-03");
    PersonId dee = PersonId.parse("yp-dune-04");
    PersonId mum = PersonId.parse("adult-elm-05");
    PersonId dad = PersonId.parse("adult-fir-06");
    PersonId adopter = PersonId.parse("adult-gum-07");
    OrganisationId council = OrganisationId.parse("la-northshire");

    List<Person> young = List.of(
        Person.youngPerson(amara, BirthInformation.ofDate(LocalDate.of(2012, 2, 29)), Jurisdiction.ENGLAND),
        Person.youngPerson(bo, BirthInformation.ofYear(2009), Jurisdiction.SCOTLAND),
        Person.youngPerson(cal, BirthInformation.ofAgeRange(13, 15, LocalDate.of(2026, 9, 1)), Jurisdiction.WALES),
        Person.youngPerson(dee, BirthInformation.ofDate(LocalDate.of(2003, 11, 1)), Jurisdiction.ENGLAND));

    out.println("Coproduce training scenario on " + date + " (synthetic data)");
    out.println();
    out.println("1. Ages and age bands (uncertain births use the youngest possible age)");
    for (Person p : young) {
      Age age = p.ageOn(date);
      out.printf("   %-12s %-7s age %-6s band %-6s%s%n", p.id(), p.jurisdiction(), age, age.band(),
          age.isCertain() ? "" : "  (uncertain: only " + p.birth().precision().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " known)");
    }

    ParentalResponsibility pr = ParentalResponsibility.of(List.of(
        ResponsibilityClaim.of(mum, amara, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2012, 2, 29)),
        ResponsibilityClaim.of(council, amara, ResponsibilityBasis.LOCAL_AUTHORITY_CARE_ORDER, LocalDate.of(2023, 6, 1)),
        ResponsibilityClaim.of(mum, cal, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2011, 1, 1)),
        ResponsibilityClaim.of(council, cal, ResponsibilityBasis.LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20, LocalDate.of(2026, 2, 1)),
        ResponsibilityClaim.of(dad, dee, ResponsibilityBasis.FATHER_REGISTERED_ON_BIRTH_CERTIFICATE, LocalDate.of(2003, 11, 20)),
        ResponsibilityClaim.of(mum, bo, ResponsibilityBasis.BIRTH_MOTHER, LocalDate.of(2009, 1, 1)),
        ResponsibilityClaim.of(adopter, bo, ResponsibilityBasis.ADOPTION, LocalDate.of(2015, 4, 1))));

    out.println();
    out.println("2. Who holds parental responsibility, and why");
    for (Person p : young) {
      for (var holder : List.of(mum, dad, adopter, council)) {
        if (pr.claimsFor(p.id()).stream().noneMatch(c -> c.holder().equals(holder))) {
          continue;
        }
        ResponsibilityFinding f = pr.holds(holder, p, date);
        out.printf("   %s for %s: %s%n", holder.value(), p.id(), f.holds() ? "HOLDS" : "does not hold");
        for (Reason r : f.reasons()) {
          out.println("      - " + r.explanation());
          out.println("        source: " + r.source());
        }
      }
    }

    LocalDate past = LocalDate.of(2010, 6, 1);
    Person dune = young.get(3);
    ResponsibilityFinding historical = pr.holds(dad, dune, past);
    out.printf("   Looking back to %s, when %s was %s: %s for %s: %s%n", past, dune.id(), dune.ageOn(past),
        dad.value(), dune.id(), historical.holds() ? "HOLDS" : "does not hold");
    for (Reason r : historical.reasons()) {
      out.println("      - " + r.explanation());
      out.println("        source: " + r.source());
    }

    String sheet = "We would like to hear what you think about your school. "
        + "You can stop at any time. You do not have to say why.";
    ReadingLevel level = ReadingLevel.of(sheet);
    out.println();
    out.println("3. Does the information sheet read at the right level?");
    out.printf("   %d sentences, %d words, %d syllables%n", level.sentences(), level.words(), level.syllables());
    for (var band : io.coproduce.core.age.AgeBand.values()) {
      if (!band.isChildren()) {
        continue;
      }
      ReadabilityCheck check = level.checkFor(band);
      out.printf("   %-6s %s: %s%n", band, check.suitable() ? "suitable" : "NOT suitable", check.reason().explanation());
    }
  }
}
