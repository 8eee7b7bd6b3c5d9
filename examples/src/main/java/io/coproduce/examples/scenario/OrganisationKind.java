package io.coproduce.examples.scenario;

/** What kind of member a scenario organisation is. */
public enum OrganisationKind {
  /** A national children's or young people's charity (the coalition's host). */
  NATIONAL_CHARITY,
  /** A local voluntary-sector charity. */
  LOCAL_CHARITY,
  /** A school or college. */
  SCHOOL,
  /** A mental-health or youth service. */
  SERVICE,
  /** A local authority (it may hold parental responsibility under a care order). */
  LOCAL_AUTHORITY,
  /** A membership group of organisations with its own steering group. */
  MEMBERSHIP_GROUP
}
