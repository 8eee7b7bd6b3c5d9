package io.coproduce.core.person;

/**
 * Ethnic group, self-described, in the 19 categories of the 2021 Census of England and Wales
 * (Office for National Statistics), each within one of five {@link Group high-level groups}.
 */
public enum Ethnicity {
  /** Asian, Asian British or Asian Welsh: Bangladeshi. */
  BANGLADESHI(Group.ASIAN),
  /** Asian, Asian British or Asian Welsh: Chinese. */
  CHINESE(Group.ASIAN),
  /** Asian, Asian British or Asian Welsh: Indian. */
  INDIAN(Group.ASIAN),
  /** Asian, Asian British or Asian Welsh: Pakistani. */
  PAKISTANI(Group.ASIAN),
  /** Asian, Asian British or Asian Welsh: any other Asian background. */
  OTHER_ASIAN(Group.ASIAN),
  /** Black, Black British, Black Welsh, Caribbean or African: African. */
  AFRICAN(Group.BLACK),
  /** Black, Black British, Black Welsh, Caribbean or African: Caribbean. */
  CARIBBEAN(Group.BLACK),
  /** Black, Black British, Black Welsh, Caribbean or African: any other Black background. */
  OTHER_BLACK(Group.BLACK),
  /** Mixed or Multiple ethnic groups: White and Asian. */
  WHITE_AND_ASIAN(Group.MIXED),
  /** Mixed or Multiple ethnic groups: White and Black African. */
  WHITE_AND_BLACK_AFRICAN(Group.MIXED),
  /** Mixed or Multiple ethnic groups: White and Black Caribbean. */
  WHITE_AND_BLACK_CARIBBEAN(Group.MIXED),
  /** Mixed or Multiple ethnic groups: any other Mixed or Multiple background. */
  OTHER_MIXED(Group.MIXED),
  /** White: English, Welsh, Scottish, Northern Irish or British. */
  WHITE_BRITISH(Group.WHITE),
  /** White: Irish. */
  WHITE_IRISH(Group.WHITE),
  /** White: Gypsy or Irish Traveller. */
  GYPSY_OR_IRISH_TRAVELLER(Group.WHITE),
  /** White: Roma. */
  ROMA(Group.WHITE),
  /** White: any other White background. */
  OTHER_WHITE(Group.WHITE),
  /** Other ethnic group: Arab. */
  ARAB(Group.OTHER),
  /** Other ethnic group: any other ethnic group. */
  ANY_OTHER(Group.OTHER);

  /** The five high-level groups of the 2021 Census classification. */
  public enum Group {
    /** Asian, Asian British or Asian Welsh. */
    ASIAN,
    /** Black, Black British, Black Welsh, Caribbean or African. */
    BLACK,
    /** Mixed or Multiple ethnic groups. */
    MIXED,
    /** White. */
    WHITE,
    /** Other ethnic group. */
    OTHER
  }

  private final Group group;

  Ethnicity(Group group) {
    this.group = group;
  }

  /** Returns the high-level group. */
  public Group group() {
    return group;
  }
}
