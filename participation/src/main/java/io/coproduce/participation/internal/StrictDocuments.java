package io.coproduce.participation.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.coproduce.core.error.InvalidInputException;
import io.coproduce.core.json.strict.StrictNodes;
import io.coproduce.core.json.strict.StrictNodes.Fields;
import io.coproduce.core.json.strict.StrictTree;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads one JSON document (a framework, a strategic plan) strictly with core's toolkit: exactly
 * one object, UTF-8/16/32, repeated properties refused, errors naming the JSON path.
 */
public final class StrictDocuments {

  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();

  private StrictDocuments() {}

  /** Reads the document in {@code in} as {@code root} and builds it with {@code build}. */
  public static <T> T read(InputStream in, String root, BiFunction<JsonNode, String, T> build) {
    try (JsonParser p = JSON.createParser(in)) {
      JsonNode node = StrictTree.read(p, root);
      if (p.nextToken() != null) {
        throw InvalidInputException.of(root, "must be one JSON object with nothing after it", null);
      }
      return build.apply(node, root);
    } catch (JsonProcessingException e) {
      throw malformed(root, e.getLocation(), e);
    } catch (CharConversionException e) {
      throw InvalidInputException.of(root, "must be JSON in UTF-8, UTF-16 or UTF-32", null, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the text field {@code name} of {@code f} as an id, reporting a bad one at its path. */
  public static <T> T id(Fields f, String name, Function<String, T> parse) {
    String text = StrictNodes.text(f.required(name), f.path(name));
    try {
      return parse.apply(text);
    } catch (InvalidInputException e) {
      throw StrictNodes.at(f.path(name), e);
    }
  }

  private static InvalidInputException malformed(
      String root, JsonLocation at, JsonProcessingException e) {
    String where =
        at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return InvalidInputException.of(root, "must be well-formed JSON" + where, null, e);
  }
}
