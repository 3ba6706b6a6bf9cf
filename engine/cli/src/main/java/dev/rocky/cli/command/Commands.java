package dev.rocky.cli.command;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands of {@code rocky}, in help order. Building picocli's model of a command costs
 * start-up time, so a command line that names a known command registers only that one; anything
 * else (no command, {@code --help}, a typo that needs suggestions) registers them all.
 */
public final class Commands {
  // Classes, not constructor references: each lambda costs a class spun at start-up.
  private static final Map<String, Class<?>> ALL = new LinkedHashMap<>();

  static {
    ALL.put("init", InitCommand.class);
    ALL.put("playground", PlaygroundCommand.class);
    ALL.put("validate", ValidateCommand.class);
    ALL.put("compile", CompileCommand.class);
    ALL.put("watch", WatchCommand.class);
    ALL.put("run", RunCommand.class);
    ALL.put("discover", dev.rocky.cli.replication.DiscoverCommand.class);
    ALL.put("seed", SeedCommand.class);
    ALL.put("load", LoadCommand.class);
    ALL.put("test", dev.rocky.cli.quality.TestCommand.class);
    ALL.put("ci", dev.rocky.cli.quality.CiCommand.class);
    ALL.put("history", HistoryCommand.class);
    ALL.put("branch", BranchCommand.class);
    ALL.put("plan", PlanCommand.class);
    ALL.put("apply", ApplyCommand.class);
    ALL.put("replay", ReplayCommand.class);
    ALL.put("state", StateCommand.class);
    ALL.put("list", ListCommand.class);
    ALL.put("lineage", LineageCommand.class);
    ALL.put("lineage-diff", LineageDiffCommand.class);
    ALL.put("catalog", CatalogCommand.class);
    ALL.put("import-dbt", ImportDbtCommand.class);
    ALL.put("validate-migration", ValidateMigrationCommand.class);
    ALL.put("cost", dev.rocky.cli.cost.CostCommand.class);
    ALL.put("preview", dev.rocky.cli.cost.PreviewCommand.class);
    ALL.put("compliance", dev.rocky.cli.govern.ComplianceCommand.class);
    ALL.put("govern", dev.rocky.cli.govern.GovernCommand.class);
    ALL.put("serve", dev.rocky.cli.serve.ServeCommand.class);
    ALL.put("ai", dev.rocky.cli.ai.AiCommand.class);
    ALL.put("ai-test", dev.rocky.cli.ai.AiTestCommand.class);
    ALL.put("version", VersionCommand.class);
  }

  private Commands() {}

  /** The command line for {@code args}: the root command with the commands it may need. */
  public static CommandLine commandLine(RockyCommand root, String... args) {
    CommandLine cli = new CommandLine(root);
    String invoked = invokedCommand(cli, args);
    for (Map.Entry<String, Class<?>> command : ALL.entrySet()) {
      if (invoked == null || invoked.equals(command.getKey())) {
        cli.addSubcommand(command.getKey(), command.getValue());
      }
    }
    return cli;
  }

  /** The first word that is neither an option of the root nor an option's value, when it is a command. */
  static @Nullable String invokedCommand(CommandLine root, String... args) {
    boolean optionsEnded = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (!optionsEnded && arg.equals("--")) {
        optionsEnded = true;
      } else if (!optionsEnded && arg.startsWith("-")) {
        OptionSpec option = root.getCommandSpec().findOption(arg);
        if (option != null && option.arity().max() > 0) {
          i++; // the option's value
        }
      } else {
        return ALL.containsKey(arg) ? arg : null;
      }
    }
    return null;
  }
}
