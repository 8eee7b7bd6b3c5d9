package io.coproduce.participation.strategy;

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

/** Reads a strategic plan from JSON with core's strict toolkit (see {@link StrategicPlans#read}). */
final class PlanReader {

  static final String ROOT = "strategicPlan";

  private static final NodeReader<RuleSource> SOURCE = CoproduceCoreModule.reader(RuleSource.class);

  private PlanReader() {}

  static StrategicPlan read(InputStream in) {
    return StrictDocuments.read(in, ROOT, PlanReader::plan);
  }

  private static StrategicPlan plan(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "name", "version", "source", "aims"));
    PlanId id = StrictDocuments.id(f, "id", PlanId::parse);
    String name = StrictNodes.text(f.required("name"), f.path("name"));
    String version = StrictNodes.text(f.required("version"), f.path("version"));
    RuleSource source = SOURCE.read(f.required("source"), f.path("source"));
    List<Aim> aims = StrictNodes.list(f.required("aims"), f.path("aims"), PlanReader::aim);
    return StrategicPlan.of(id, name, version, source, aims);
  }

  private static Aim aim(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "title", "objectives", "enablers", "indicators"));
    AimId id = StrictDocuments.id(f, "id", AimId::parse);
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
    ObjectiveId id = StrictDocuments.id(f, "id", ObjectiveId::parse);
    String title = StrictNodes.text(f.required("title"), f.path("title"));
    try {
      return new Objective(id, title);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Enabler enabler(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "text"));
    EnablerId id = StrictDocuments.id(f, "id", EnablerId::parse);
    String text = StrictNodes.text(f.required("text"), f.path("text"));
    try {
      return new Enabler(id, text);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

  private static Indicator indicator(JsonNode node, String path) {
    Fields f = StrictNodes.object(node, path, List.of("id", "text", "direction"));
    IndicatorId id = StrictDocuments.id(f, "id", IndicatorId::parse);
    String text = StrictNodes.text(f.required("text"), f.path("text"));
    Direction direction = StrictNodes.constant(f.required("direction"), f.path("direction"), Direction.class);
    try {
      return new Indicator(id, text, direction);
    } catch (InvalidInputException e) {
      throw StrictNodes.under(path, e);
    }
  }

}
