package io.coproduce.examples.exercise;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs an exercise into memory, for tests: what it printed and the rules it showed. */
record Transcripts(String text, List<String> rules) {

  static Transcripts of(Exercise exercise) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Transcript t = Transcript.to(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    exercise.run(t);
    return new Transcripts(bytes.toString(StandardCharsets.UTF_8), t.rulesShown());
  }

  /** The text from the first answer on. */
  String answers() {
    return text.substring(text.indexOf("LIBRARY'S ANSWER"));
  }
}
