package io.coproduce.examples.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * Draws distinct young people who meet a condition, by rejection sampling over the lazily derived
 * people (then, in a scenario of up to 50,000 young people, a scan, so a small scenario never fails for want
 * of luck).
 */
final class Sampler {

  /** Up to this many people, a shortfall after sampling is made up by scanning everyone. */
  private static final int SCAN_UP_TO = 50_000;

  private final People people;

  Sampler(People people) {
    this.people = people;
  }

  /**
   * Draws {@code count} distinct profiles meeting {@code wanted}, none of them in {@code taken}
   * (which the draws are added to).
   *
   * @throws IllegalStateException when the scenario holds too few such people
   */
  List<Profile> draw(SplittableRandom r, int count, Predicate<Profile> wanted, Set<Integer> taken) {
    List<Profile> out = drawUpTo(r, count, wanted, taken);
    if (out.size() < count) {
      throw new IllegalStateException("the scenario holds too few suitable young people (wanted " + count
          + ", found " + out.size() + "); use a larger size");
    }
    return out;
  }

  /**
   * Draws {@code count} distinct profiles, preferring those meeting {@code preferred} and making up
   * any shortfall with those meeting {@code otherwise}.
   */
  List<Profile> draw(SplittableRandom r, int count, Predicate<Profile> preferred, Predicate<Profile> otherwise,
      Set<Integer> taken) {
    List<Profile> out = new ArrayList<>(drawUpTo(r, count, preferred, taken));
    if (out.size() < count) {
      out.addAll(draw(r, count - out.size(), otherwise, taken));
    }
    return out;
  }

  /** Draws up to {@code count} distinct profiles meeting {@code wanted}, as many as there are. */
  List<Profile> drawUpTo(SplittableRandom r, int count, Predicate<Profile> wanted, Set<Integer> taken) {
    List<Profile> out = new ArrayList<>(count);
    int n = people.count();
    int attempts = 0;
    while (out.size() < count && attempts < count * 2000) {
      attempts++;
      int i = r.nextInt(n);
      if (taken.contains(i)) {
        continue;
      }
      Profile p = people.profile(i);
      if (wanted.test(p)) {
        taken.add(i);
        out.add(p);
      }
    }
    if (out.size() < count && n <= SCAN_UP_TO) {
      int start = r.nextInt(n);
      for (int k = 0; k < n && out.size() < count; k++) {
        int i = (start + k) % n;
        if (taken.contains(i)) {
          continue;
        }
        Profile p = people.profile(i);
        if (wanted.test(p)) {
          taken.add(i);
          out.add(p);
        }
      }
    }
    return out;
  }

  /** As {@link #draw(SplittableRandom, int, Predicate, Set)} with nobody taken yet. */
  List<Profile> draw(SplittableRandom r, int count, Predicate<Profile> wanted) {
    return draw(r, count, wanted, new HashSet<>());
  }
}
