package io.coproduce.core.responsibility;

import io.coproduce.core.jurisdiction.Jurisdiction;
import io.coproduce.core.rule.RuleSource;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The basis on which someone claims parental responsibility for a child, with the law that
 * confers it in each UK nation. {@link #LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20} is listed so a
 * host can record it, and is explicitly <em>not</em> a basis for parental responsibility.
 */
public enum ResponsibilityBasis {
  /** The child's birth mother: always, from birth. */
  BIRTH_MOTHER(HolderKind.PERSON,
      "Children Act 1989 s.2(1)-(2)",
      "Children (Scotland) Act 1995 s.3(1)(a)",
      "Children (Northern Ireland) Order 1995 art.5(1)-(2)"),
  /** A father married to the mother at the birth or later. */
  FATHER_MARRIED_TO_MOTHER(HolderKind.PERSON,
      "Children Act 1989 s.2(1); Family Law Reform Act 1987 s.1",
      "Children (Scotland) Act 1995 s.3(1)(b)",
      "Children (Northern Ireland) Order 1995 art.5(1)"),
  /**
   * An unmarried father registered on the birth certificate: confers parental responsibility
   * only for a registration on or after the date the law changed in the child's nation.
   */
  FATHER_REGISTERED_ON_BIRTH_CERTIFICATE(HolderKind.PERSON,
      "Children Act 1989 s.4(1)(a), as amended by the Adoption and Children Act 2002 s.111 from 1 December 2003",
      "Children (Scotland) Act 1995 s.3(1)(b)(ii), as amended by the Family Law (Scotland) Act 2006 s.23 from 4 May 2006",
      "Children (Northern Ireland) Order 1995 art.7(1)(a), as amended by the Family Law Act (Northern Ireland) 2001 from 15 April 2002"),
  /** A parental responsibility agreement with the mother. */
  PARENTAL_RESPONSIBILITY_AGREEMENT(HolderKind.PERSON,
      "Children Act 1989 s.4(1)(b), s.4ZA, s.4A",
      "Children (Scotland) Act 1995 s.4",
      "Children (Northern Ireland) Order 1995 art.7(1)(b)"),
  /** A court order conferring parental responsibility. */
  PARENTAL_RESPONSIBILITY_ORDER(HolderKind.PERSON,
      "Children Act 1989 s.4(1)(c)",
      "Children (Scotland) Act 1995 s.11(2)(b)",
      "Children (Northern Ireland) Order 1995 art.7(1)(a)"),
  /** A guardian appointed by a parent or the court, once the appointment takes effect. */
  GUARDIAN(HolderKind.PERSON,
      "Children Act 1989 s.5(6)",
      "Children (Scotland) Act 1995 s.7",
      "Children (Northern Ireland) Order 1995 art.159-160"),
  /** A person named in a child arrangements order as someone the child lives with, while it is in force. */
  CHILD_ARRANGEMENTS_ORDER(HolderKind.PERSON,
      "Children Act 1989 s.12(2)",
      "Children (Scotland) Act 1995 s.11(2)(c) (residence order)",
      "Children (Northern Ireland) Order 1995 art.12 (residence order)"),
  /** A special guardian, while the order is in force (England and Wales only). */
  SPECIAL_GUARDIANSHIP_ORDER(HolderKind.PERSON, "Children Act 1989 s.14C(1)", null, null),
  /** An adoptive parent; adoption ends everyone else's parental responsibility. */
  ADOPTION(HolderKind.PERSON,
      "Adoption and Children Act 2002 s.46(1)-(2)",
      "Adoption and Children (Scotland) Act 2007 s.28",
      "Adoption (Northern Ireland) Order 1987 art.12"),
  /** A local authority under an emergency protection order, while it lasts (limited to what the child's welfare requires). */
  LOCAL_AUTHORITY_EMERGENCY_PROTECTION_ORDER(HolderKind.LOCAL_AUTHORITY,
      "Children Act 1989 s.44(4)(c), s.44(5)", null,
      "Children (Northern Ireland) Order 1995 art.63(4)(c)"),
  /** A local authority under an interim care order, shared with the parents. */
  LOCAL_AUTHORITY_INTERIM_CARE_ORDER(HolderKind.LOCAL_AUTHORITY,
      "Children Act 1989 s.38, s.31(11), s.33(3)", null,
      "Children (Northern Ireland) Order 1995 art.57, art.52(3)"),
  /** A local authority under a care order, shared with the parents; its decisions generally prevail. */
  LOCAL_AUTHORITY_CARE_ORDER(HolderKind.LOCAL_AUTHORITY,
      "Children Act 1989 s.33(3)",
      "Adoption and Children (Scotland) Act 2007 s.80-82 (permanence order)",
      "Children (Northern Ireland) Order 1995 art.52(3)"),
  /**
   * A child accommodated by a local authority with the parents' agreement: the parents keep
   * parental responsibility and the local authority acquires none.
   */
  LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20(HolderKind.LOCAL_AUTHORITY,
      "Children Act 1989 s.20 (no parental responsibility passes to the local authority)",
      "Children (Scotland) Act 1995 s.25 (no parental responsibility passes to the local authority)",
      "Children (Northern Ireland) Order 1995 art.21 (no parental responsibility passes to the authority)");

  /** Who can hold parental responsibility on a basis. */
  public enum HolderKind {
    /** A person. */
    PERSON,
    /** A local authority (an organisation). */
    LOCAL_AUTHORITY
  }

  private final HolderKind holderKind;
  private final String englandAndWales;
  private final String scotland;
  private final String northernIreland;
  /** Filled on first use; racing threads compute equal arrays, so no lock is needed. */
  private volatile Optional<RuleSource>[] sources;

  ResponsibilityBasis(HolderKind holderKind, String englandAndWales, String scotland, String northernIreland) {
    this.holderKind = holderKind;
    this.englandAndWales = englandAndWales;
    this.scotland = scotland;
    this.northernIreland = northernIreland;
  }

  /** Returns who may hold responsibility on this basis. */
  public HolderKind holderKind() {
    return holderKind;
  }

  /** Returns whether this basis confers parental responsibility at all. */
  public boolean confersResponsibility() {
    return this != LOCAL_AUTHORITY_ACCOMMODATION_SECTION_20;
  }

  /** Returns the law for this basis in {@code jurisdiction}, or empty where the nation has no such basis. */
  public Optional<RuleSource> source(Jurisdiction jurisdiction) {
    return sources()[jurisdiction.ordinal()];
  }

  /** The source per nation, made once: consent checks ask for it on every claim they weigh. */
  @SuppressWarnings("unchecked")
  private Optional<RuleSource>[] sources() {
    Optional<RuleSource>[] s = sources;
    if (s == null) {
      s = new Optional[Jurisdiction.values().length];
      for (Jurisdiction j : Jurisdiction.values()) {
        String citation = switch (j) {
          case ENGLAND, WALES -> englandAndWales;
          case SCOTLAND -> scotland;
          case NORTHERN_IRELAND -> northernIreland;
        };
        s[j.ordinal()] = Optional.ofNullable(citation).map(RuleSource::law);
      }
      sources = s;
    }
    return s;
  }

  /**
   * For {@link #FATHER_REGISTERED_ON_BIRTH_CERTIFICATE}: the first registration date that
   * confers parental responsibility in {@code jurisdiction}.
   */
  public static LocalDate birthRegistrationCommencement(Jurisdiction jurisdiction) {
    return switch (jurisdiction) {
      case ENGLAND, WALES -> LocalDate.of(2003, 12, 1);
      case SCOTLAND -> LocalDate.of(2006, 5, 4);
      case NORTHERN_IRELAND -> LocalDate.of(2002, 4, 15);
    };
  }
}
