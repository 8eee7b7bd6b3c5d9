package io.coproduce.participation.framework;

import io.coproduce.participation.internal.Texts;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.rule.RuleSource;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A participation or self-assessment framework as data: its elements, the questions under each,
 * and the scales the questions are answered on, with the source the framework comes from. The
 * library ships four (see {@link Frameworks}); hosts may build or {@linkplain Frameworks#read
 * read} their own. Immutable and thread-safe; two frameworks are equal when all their parts are.
 *
 * <p>What a framework refuses, each error naming the field as a path from {@code framework}
 * (the same path the JSON reader names): no scales or no elements; two scales, two elements or
 * two questions (anywhere in the framework) with the same id; a question on a scale the
 * framework does not define; more than {@value #MAX_QUESTIONS} questions. What it deliberately
 * accepts: a scale no question uses, and elements whose questions use different scales.
 */
public final class Framework {

  /** The most questions a framework may hold. */
  public static final int MAX_QUESTIONS = 1000;

  /** The longest name accepted. */
  public static final int MAX_NAME = 200;

  /** The longest version accepted. */
  public static final int MAX_VERSION = 64;

  private final FrameworkId id;
  private final String name;
  private final String version;
  private final RuleSource source;
  private final ImmutableList<ScoringScale> scales;
  private final ImmutableList<Element> elements;
  private final ImmutableMap<ScaleId, ScoringScale> scalesById;
  private final ImmutableMap<QuestionId, Question> questions;
  private final ImmutableMap<QuestionId, Element> elementOfQuestion;

  private Framework(FrameworkId id, String name, String version, RuleSource source,
      List<ScoringScale> scales, List<Element> elements) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Texts.require("framework.name", name, MAX_NAME);
    this.version = Texts.require("framework.version", version, MAX_VERSION);
    this.source = Objects.requireNonNull(source, "source");
    this.scales = ImmutableList.copyOf(scales);
    this.elements = ImmutableList.copyOf(elements);
    if (this.scales.isEmpty()) {
      throw InvalidInputException.of("framework.scales", "must hold at least one scale", null);
    }
    if (this.elements.isEmpty()) {
      throw InvalidInputException.of("framework.elements", "must hold at least one element", null);
    }
    Map<ScaleId, Integer> scaleAt = new LinkedHashMap<>();
    for (int i = 0; i < this.scales.size(); i++) {
      Integer earlier = scaleAt.putIfAbsent(this.scales.get(i).id(), i);
      if (earlier != null) {
        throw InvalidInputException.of("framework.scales[" + i + "].id",
            "must not repeat the id of framework.scales[" + earlier + "]", this.scales.get(i).id());
      }
    }
    Map<ElementId, Integer> elementAt = new HashMap<>();
    Map<QuestionId, String> questionAt = new HashMap<>();
    Map<QuestionId, Question> byId = new LinkedHashMap<>();
    Map<QuestionId, Element> owner = new LinkedHashMap<>();
    for (int e = 0; e < this.elements.size(); e++) {
      Element element = this.elements.get(e);
      Integer earlier = elementAt.putIfAbsent(element.id(), e);
      if (earlier != null) {
        throw InvalidInputException.of("framework.elements[" + e + "].id",
            "must not repeat the id of framework.elements[" + earlier + "]", element.id());
      }
      for (int q = 0; q < element.questions().size(); q++) {
        Question question = element.questions().get(q);
        String path = "framework.elements[" + e + "].questions[" + q + "]";
        String before = questionAt.putIfAbsent(question.id(), path);
        if (before != null) {
          throw InvalidInputException.of(path + ".id", "must not repeat the id of " + before
              + ": question ids are unique across the framework", question.id());
        }
        if (!scaleAt.containsKey(question.scale())) {
          throw InvalidInputException.of(path + ".scale", "must name a scale of this framework ("
              + String.join(", ", scaleAt.keySet().stream().map(ScaleId::value).toList()) + ")",
              question.scale());
        }
        if (byId.size() == MAX_QUESTIONS) {
          throw InvalidInputException.of(path, "is one question too many: a framework holds at most "
              + MAX_QUESTIONS, null);
        }
        byId.put(question.id(), question);
        owner.put(question.id(), element);
      }
    }
    Map<ScaleId, ScoringScale> scaleMap = new LinkedHashMap<>();
    this.scales.forEach(s -> scaleMap.put(s.id(), s));
    this.scalesById = ImmutableMap.copyOf(scaleMap);
    this.questions = ImmutableMap.copyOf(byId);
    this.elementOfQuestion = ImmutableMap.copyOf(owner);
  }

  /**
   * A framework of the given parts.
   *
   * @param id the framework's id
   * @param name what it is called (at most {@value #MAX_NAME} characters)
   * @param version the version of this data (at most {@value #MAX_VERSION} characters)
   * @param source where the framework comes from, for every explanation that cites it
   * @param scales the scales its questions are answered on; at least one, ids distinct
   * @param elements its elements in order; at least one, ids distinct
   * @throws InvalidInputException naming the field under {@code framework} and the rule broken
   */
  public static Framework of(FrameworkId id, String name, String version, RuleSource source,
      List<ScoringScale> scales, List<Element> elements) {
    return new Framework(id, name, version, source, scales, elements);
  }

  /** Returns the framework's id. */
  public FrameworkId id() {
    return id;
  }

  /** Returns what the framework is called. */
  public String name() {
    return name;
  }

  /** Returns the version of this data. */
  public String version() {
    return version;
  }

  /** Returns where the framework comes from. */
  public RuleSource source() {
    return source;
  }

  /** Returns the scales, in the order given. */
  public List<ScoringScale> scales() {
    return scales;
  }

  /** Returns the elements, in order. */
  public List<Element> elements() {
    return elements;
  }

  /** Returns every question, element by element, in the order asked. */
  public List<Question> questions() {
    return questions.values().asList();
  }

  /** Returns the element with id {@code element}, if the framework has it. */
  public Optional<Element> element(ElementId element) {
    Objects.requireNonNull(element, "element");
    return elements.stream().filter(e -> e.id().equals(element)).findFirst();
  }

  /** Returns the question with id {@code question}, if the framework has it. */
  public Optional<Question> question(QuestionId question) {
    return Optional.ofNullable(questions.get(Objects.requireNonNull(question, "question")));
  }

  /** Returns the element a question belongs to, if the framework has the question. */
  public Optional<Element> elementOf(QuestionId question) {
    return Optional.ofNullable(elementOfQuestion.get(Objects.requireNonNull(question, "question")));
  }

  /** Returns the scale with id {@code scale}, if the framework has it. */
  public Optional<ScoringScale> scale(ScaleId scale) {
    return Optional.ofNullable(scalesById.get(Objects.requireNonNull(scale, "scale")));
  }

  /** Returns the scale a question of this framework is answered on. */
  ScoringScale scaleOf(Question question) {
    return scalesById.get(question.scale());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Framework f && id.equals(f.id) && name.equals(f.name)
        && version.equals(f.version) && source.equals(f.source) && scales.equals(f.scales)
        && elements.equals(f.elements);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, version, source, scales, elements);
  }

  /** Returns the id and version, for example {@code lundy 1.0}. */
  @Override
  public String toString() {
    return id + " " + version;
  }
}
