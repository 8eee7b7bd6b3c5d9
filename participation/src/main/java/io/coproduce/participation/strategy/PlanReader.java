package io.coproduce.participation.strategy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.json.CoproduceCoreModule;
import io.coproduce.core.json.strict.NodeReader;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictNodes.Fields;
import io.coproduce.core.json.strict.StrictTree;
import io.coproduce.core.rule.RuleSource;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

/** Reads a strategic plan from JSON with core's strict toolkit (see {@link StrategicPlans#read}). */
final class PlanReader {

  static final String ROOT = "strategicPlan";

  private static final JsonFactory JSON = JsonFactory.builder()
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final NodeReader<RuleSource> SOURCE = CoproduceCoreModule.reader(RuleSource.class);

  private PlanReader() {}

  static StrategicPlan read(InputStream in) {
    try (JsonParser p = JSON.createParser(in)) {
      JsonNode root = StrictTree.read(p, ROOT);
      if (p.nextToken() != null) {
        throw InvalidInputException.of(ROOT, "must be one JSON object with nothing after it", null);
      }
      return plan(root, ROOT);
    } catch (JsonProcessingException e) {
      throw malformed(e.getLocation(), e);
    } catch (CharConversionException e) {
      throw InvalidInputException.of(ROOT, "must be JSON in UTF-8, UTF-16 or UTF-32", null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InvalidInputException malformed(JsonLocation at, JsonProcessingException e) {
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return InvalidInputException.of(ROOT, "must be well-formed JSON" + where, null, e);
  }

  private static StrategicPlan plan(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "name", "version", "source", "aims"));
    PlanId id = id(f, "id", PlanId::parse);
    String name = StrictNodes.text(f.required("name"), f.path("name"));
    String version = StrictNodes.text(f.required("version"), f.path("version"));
    RuleSource source = SOURCE.read(f.required("source"), f.path("source"));
    List<Aim> aims = StrictNodes.list(f.required("aims"), f.path("aims"), PlanReader::aim);
    return StrategicPlan.of(id, name, version, source, aims);
  }

  private static Aim aim(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "title", "objectives", "enablers", "indicators"));
    AimId id = id(f, "id", AimId::parse);
    String title = StrictNodes.text(f.required("title"), f.path("title"));
    List<Objective> objectives = StrictNodes.list(f.required("objectives"), f.path("objectives"), PlanReader::objective);
    List<Enabler> enablers = StrictNodes.list(f.required("enablers"), f.path("enablers"), PlanReader::enabler);
    List<Indicator> indicators = StrictNodes.list(f.required("indicators"), f.path("indicators"), PlanReader::indicator);
    try {
      return new Aim(id, title, objectives, enablers, indicators);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Objective objective(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "title"));
    ObjectiveId id = id(f, "id", ObjectiveId::parse);
    String title = StrictNodes.text(f.required("title"), f.path("title"));
    try {
      return new Objective(id, title);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Enabler enabler(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "text"));
    EnablerId id = id(f, "id", EnablerId::parse);
    String text = StrictNodes.text(f.required("text"), f.path("text"));
    try {
      return new Enabler(id, text);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Indicator indicator(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "text", "direction"));
    IndicatorId id = id(f, "id", IndicatorId::parse);
    String text = StrictNodes.text(f.required("text"), f.path("text"));
    Direction direction = StrictNodes.constant(f.required("direction"), f.path("direction"), Direction.class);
    try {
      return new Indicator(id, text, direction);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static <T> T id(Fields f, String name, Function<String, T> parse) {
    String text = StrictNodes.text(f.required(name), f.path(name));
    try {
      return parse.apply(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.at(f.path(name), e);
    }
  }
}
