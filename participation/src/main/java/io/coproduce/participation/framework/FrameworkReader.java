package io.coproduce.participation.framework;

import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictNodes.Fields;
import io.coproduce.core.rule.RuleSource;
import io.coproduce.participation.internal.StrictDocuments;
import java.io.InputStream;
import java.util.List;

/** Reads a framework from JSON with core's strict toolkit (see {@link Frameworks#read}). */
final class FrameworkReader {

  static final String ROOT = "framework";

  private static final NodeReader<RuleSource> SOURCE = CoproduceCoreModule.reader(RuleSource.class);

  private FrameworkReader() {}

  static Framework read(InputStream in) {
    return StrictDocuments.read(in, ROOT, FrameworkReader::framework);
  }

  private static Framework framework(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path,
        List.of("id", "name", "version", "source", "scales", "elements"));
    FrameworkId id = StrictDocuments.id(f, "id", FrameworkId::parse);
    String name = StrictNodes.text(f.required("name"), f.path("name"));
    String version = StrictNodes.text(f.required("version"), f.path("version"));
    RuleSource source = SOURCE.read(f.required("source"), f.path("source"));
    List<ScoringScale> scales = StrictNodes.list(f.required("scales"), f.path("scales"), FrameworkReader::scale);
    List<Element> elements = StrictNodes.list(f.required("elements"), f.path("elements"), FrameworkReader::element);
    return Framework.of(id, name, version, source, scales, elements);
  }

  private static ScoringScale scale(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "levels"));
    ScaleId id = StrictDocuments.id(f, "id", ScaleId::parse);
    List<ScoreLevel> levels = StrictNodes.list(f.required("levels"), f.path("levels"), FrameworkReader::level);
    try {
      return new ScoringScale(id, levels);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static ScoreLevel level(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "label", "score"));
    LevelId id = StrictDocuments.id(f, "id", LevelId::parse);
    String label = StrictNodes.text(f.required("label"), f.path("label"));
    int score = StrictNodes.integer(f.required("score"), f.path("score"));
    try {
      return new ScoreLevel(id, label, score);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Element element(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "name", "questions"));
    ElementId id = StrictDocuments.id(f, "id", ElementId::parse);
    String name = StrictNodes.text(f.required("name"), f.path("name"));
    List<Question> questions = StrictNodes.list(f.required("questions"), f.path("questions"), FrameworkReader::question);
    try {
      return new Element(id, name, questions);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Question question(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "text", "scale"));
    QuestionId id = StrictDocuments.id(f, "id", QuestionId::parse);
    String text = StrictNodes.text(f.required("text"), f.path("text"));
    ScaleId scale = StrictDocuments.id(f, "scale", ScaleId::parse);
    try {
      return new Question(id, text, scale);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

}
