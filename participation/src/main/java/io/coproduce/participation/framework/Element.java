package io.coproduce.participation.framework;

import io.coproduce.participation.internal.Texts;
import com.google.common.collect.ImmutableList;
import io.coproduce.core.error.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a framework (Lundy's "space", one of Shier's levels, one of Hear by Right's
 * standards) and the questions that test it. Immutable and thread-safe.
 *
 * @param id the element's id, unique within its framework
 * @param name what the element is called (at most {@value #MAX_NAME} characters)
 * @param questions its questions, in the order they are asked: at least one, ids distinct
 */
public record Element(ElementId id, String name, List<Question> questions) {

  /** The longest name accepted. */
  public static final int MAX_NAME = 200;

  /** Validates the element and makes {@code questions} immutable. */
  public Element {
    Objects.requireNonNull(id, "id");
    Texts.require("element.name", name, MAX_NAME);
    questions = ImmutableList.copyOf(questions);
    if (questions.isEmpty()) {
      throw InvalidInputException.of("element.questions", "must hold at least one question", null);
    }
    Map<QuestionId, Integer> seen = new HashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Integer earlier = seen.putIfAbsent(questions.get(i).id(), i);
      if (earlier != null) {
        throw InvalidInputException.of("element.questions[" + i + "].id",
            "must not repeat the id of questions[" + earlier + "]", questions.get(i).id());
      }
    }
  }

  /** An element with the given id text, name and questions. */
  public static Element of(String id, String name, List<Question> questions) {
    return new Element(ElementId.parse(id), name, questions);
  }
}
