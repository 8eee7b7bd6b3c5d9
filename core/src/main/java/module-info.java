/**
 * The core domain of Coproduce: typed ids, people, ages and age bands, UK jurisdictions,
 * parental responsibility, reading level of texts, the library's errors, and adapters for
 * Jackson and Bean Validation.
 */
module io.coproduce.core {
  requires transitive com.google.common;
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.validation;
  requires org.slf4j;

  exports io.coproduce.core.age;
  exports io.coproduce.core.error;
  exports io.coproduce.core.id;
  exports io.coproduce.core.json;
  exports io.coproduce.core.json.strict;
  exports io.coproduce.core.jurisdiction;
  exports io.coproduce.core.person;
  exports io.coproduce.core.responsibility;
  exports io.coproduce.core.readability;
  exports io.coproduce.core.rule;
  exports io.coproduce.core.validation;

  provides com.fasterxml.jackson.databind.Module with io.coproduce.core.json.CoproduceCoreModule;
}
