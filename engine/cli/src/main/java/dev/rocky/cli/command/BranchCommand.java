package dev.rocky.cli.command;

import dev.rocky.cli.branch.Requests;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code rocky branch create|list|show|delete|approve|promote}: schema-prefix branches, approvals
 * bound to the project's files, and promotion behind the approval and breaking-change gates.
 */
@Command(name = "branch", description = "Work with branches: isolated copies of the models in schema branch__NAME.",
    subcommands = {BranchCommand.Create.class, BranchCommand.ListBranches.class, BranchCommand.Show.class,
        BranchCommand.Delete.class, BranchCommand.Approve.class, BranchCommand.Promote.class})
final class BranchCommand extends CommandSupport {

  @Override
  public Integer call() {
    throw new ParameterException(spec().commandLine(),
        "missing what to do: create, list, show, delete, approve or promote");
  }

  @Command(name = "create", description = "Create a branch; build it with: rocky run --branch NAME.")
  static final class Create extends CommandSupport {
    @Parameters(paramLabel = "NAME", description = "1 to 64 letters, digits and underscores.")
    private String name = "";

    @Option(names = "--description", paramLabel = "TEXT", description = "What the branch is for.")
    private @Nullable String description;

    @Override
    public Integer call() {
      return emit(context().wiring().branches().create(new Requests.Branch(root().configPath(), name, description)));
    }
  }

  @Command(name = "list", description = "List the branches with their last run.")
  static final class ListBranches extends CommandSupport {
    @Override
    public Integer call() {
      return emit(context().wiring().branches().list(new Requests.Branch(root().configPath(), null, null)));
    }
  }

  @Command(name = "show", description = "Show a branch: its last run, its approvals, its promotions.")
  static final class Show extends CommandSupport {
    @Parameters(paramLabel = "NAME")
    private String name = "";

    @Override
    public Integer call() {
      return emit(context().wiring().branches().show(new Requests.Branch(root().configPath(), name, null)));
    }
  }

  @Command(name = "delete", description = "Forget a branch; its tables are kept.")
  static final class Delete extends CommandSupport {
    @Parameters(paramLabel = "NAME")
    private String name = "";

    @Override
    public Integer call() {
      return emit(context().wiring().branches().delete(new Requests.Branch(root().configPath(), name, null)));
    }
  }

  @Command(name = "approve", description = "Approve the branch at the project's current files ([branch.approval]).")
  static final class Approve extends CommandSupport {
    @Parameters(paramLabel = "NAME")
    private String name = "";

    @Option(names = "--message", paramLabel = "TEXT", description = "Why it is approved.")
    private @Nullable String message;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
        description = "Models directory (default: ${DEFAULT-VALUE}).")
    private Path models = Path.of("models");

    @Override
    public Integer call() {
      return emit(context().wiring().branches().approve(
          new Requests.Approve(root().configPath(), context().resolve(models), name, message)));
    }
  }

  @Command(name = "promote", description = "Replace production tables with the branch's, behind the approval and"
      + " breaking-change gates.")
  static final class Promote extends CommandSupport {
    @Parameters(paramLabel = "NAME")
    private String name = "";

    @Option(names = "--allow-breaking", description = "Promote despite breaking changes (recorded in the audit trail).")
    private boolean allowBreaking;

    @Option(names = "--dry-run", description = "Check the gates and list the tables; change nothing.")
    private boolean dryRun;

    @Option(names = "--models", paramLabel = "DIR", defaultValue = "models",
        description = "Models directory (default: ${DEFAULT-VALUE}).")
    private Path models = Path.of("models");

    @Override
    public Integer call() {
      return emit(context().wiring().branches().promote(
          new Requests.Promote(root().configPath(), context().resolve(models), name, allowBreaking, dryRun)));
    }
  }
}
