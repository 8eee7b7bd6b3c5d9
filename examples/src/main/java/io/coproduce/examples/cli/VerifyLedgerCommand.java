package io.coproduce.examples.cli;

import io.coproduce.examples.ledgercheck.LedgerFileCheck;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify-ledger PATH}: verifies a consent ledger file and names its first bad line. */
@Command(name = "verify-ledger",
    description = "Verify a consent ledger file without changing it; name the first bad line if any.")
final class VerifyLedgerCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", description = "The ledger file (JSON Lines, as FileLedgerStore writes it).")
  Path path;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  private final PrintStream out;
  private final PrintStream err;

  VerifyLedgerCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public Integer call() {
    LedgerFileCheck.Result result = LedgerFileCheck.check(path);
    if (result.isIntact()) {
      out.println(result.message());
      return TrainingCli.OK;
    }
    err.println("verify-ledger: " + result.message());
    return TrainingCli.FAILED;
  }
}
