package io.coproduce.core.json.strict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Writes and reads instants in the ISO-8601 form {@link Instant#toString()} uses ({@code
 * 2026-03-01T10:15:30Z}, with 3, 6 or 9 fraction digits when there is a fraction), quickly: a
 * consent ledger holds millions of them. Output is identical to {@code Instant.toString()} for
 * years 0 to 9999 (other years fall back to it); reading accepts exactly what {@link
 * Instant#parse(CharSequence)} accepts (anything outside the fast form falls back to it).
 * Stateless and thread-safe.
 */
public final class IsoInstants {

  private static final long SECONDS_PER_DAY = 86_400L;

  private IsoInstants() {}

  /** Returns {@code instant.toString()}. */
  public static String format(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
    if (days < -719_528 || days > 2_932_896) {
      return instant.toString();
    }
    LocalDate date = LocalDate.ofEpochDay(days);
    int nano = instant.getNano();
    char[] out = new char[nano == 0 ? 20 : nano % 1_000_000 == 0 ? 24 : nano % 1_000 == 0 ? 27 : 30];
    digits(out, 0, date.getYear(), 4);
    out[4] = '-';
    digits(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    digits(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    digits(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    digits(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    digits(out, 17, secondOfDay % 60, 2);
    int at = 19;
    if (nano != 0) {
      out[at++] = '.';
      int fraction = out.length - 21;
      digits(out, at, nano / pow10(9 - fraction), fraction);
      at += fraction;
    }
    out[at] = 'Z';
    return new String(out);
  }

  /**
   * Reads an instant.
   *
   * @throws DateTimeParseException when {@link Instant#parse(CharSequence)} would
   */
  public static Instant parse(String text) {
    Objects.requireNonNull(text, "text");
    Instant fast = parseFast(text);
    return fast != null ? fast : Instant.parse(text);
  }

  /**
   * Reads the fast form ({@code yyyy-MM-ddTHH:mm:ss[.fff|.ffffff|.fffffffff]Z}, a valid date and
   * time), or returns {@code null} for anything else, which {@link #parse} leaves to {@link
   * Instant#parse(CharSequence)}.
   */
  static Instant parseFast(String text) {
    int n = text.length();
    if (n != 20 && n != 24 && n != 27 && n != 30) {
      return null;
    }
    if (text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
        || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
        || (n > 20 && text.charAt(19) != '.')) {
      return null;
    }
    int year = number(text, 0, 4);
    int month = number(text, 5, 2);
    int day = number(text, 8, 2);
    int hour = number(text, 11, 2);
    int minute = number(text, 14, 2);
    int second = number(text, 17, 2);
    int fraction = n == 20 ? 0 : n - 21;
    int nano = fraction == 0 ? 0 : number(text, 20, fraction);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59 || nano < 0) {
      return null;
    }
    LocalDate first = LocalDate.of(year, month, 1);
    if (day > first.lengthOfMonth()) {
      return null;
    }
    long days = first.toEpochDay() + day - 1;
    return Instant.ofEpochSecond(days * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second,
        (long) nano * pow10(9 - fraction));
  }

  private static int number(String text, int from, int length) {
    int v = 0;
    for (int i = from; i < from + length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static void digits(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  private static int pow10(int n) {
    int v = 1;
    for (int i = 0; i < n; i++) {
      v *= 10;
    }
    return v;
  }
}
