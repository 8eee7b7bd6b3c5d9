package io.coproduce.archfixture.core.console;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Compliant: a stack trace written to a writer the code chose, not to the console. */
public final class WritesWhereTold {

  String stackTrace(Throwable problem) {
    StringWriter text = new StringWriter();
    problem.printStackTrace(new PrintWriter(text));
    return text.toString();
  }
}
