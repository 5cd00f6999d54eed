package org.relationstimeline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.relationstimeline.pipeline.GeneratorVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code relations-timeline} command line: build, check, serve, new and import. */
@Command(
        name = "relations-timeline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Builds a static website of sourced timelines of relations between countries",
            "from Markdown entries with YAML front matter.",
            "",
            "Typical use, from the project folder (the one with content/, templates/ and site.yaml):",
            "  relations-timeline build      build content/ into site/",
            "  relations-timeline check      report problems in content/ without building",
            "  relations-timeline serve      live preview in the browser, rebuilt as you save",
            "  relations-timeline new        create an entry file to fill in",
            "  relations-timeline import     turn pasted news articles into draft entries",
            "Each command explains itself: relations-timeline help COMMAND",
            ""
        },
        footer = {"", "Exit codes: 0 success, 1 content errors, 2 usage errors."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // The link-preview cards are drawn with Java2D; a command-line tool never opens a window.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
        System.exit(execute(args));
    }

    /** The commands, by name, in the order help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = commands();

    private static Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("build", BuildCommand::new);
        commands.put("check", CheckCommand::new);
        commands.put("serve", ServeCommand::new);
        commands.put("new", NewCommand::new);
        commands.put("import", ImportCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    /** Runs the CLI and returns the exit code (tests call this instead of {@link #main}). */
    public static int execute(String... args) {
        return commandLine(args).execute(args);
    }

    /** Runs the CLI with its output and error streams redirected (for tests and embedding). */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine(args).setOut(out).setErr(err).execute(args);
    }

    /**
     * The command line with the one command that {@code args} names, or with all of them when it
     * names none (help, a mistyped name, no command): picocli reads every command's options when
     * it is added, and the four others were a sixth of what {@code check} costs.
     */
    static CommandLine commandLine(String... args) {
        CommandLine line = new CommandLine(new Main());
        String first = args.length == 0 ? "" : args[0];
        if (COMMANDS.containsKey(first) && !first.equals("help"))
            line.addSubcommand(first, COMMANDS.get(first).get());
        else COMMANDS.forEach((name, command) -> line.addSubcommand(name, command.get()));
        return line.setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "missing command: try 'build', 'check', 'serve', 'new' or 'import'");
    }

    /** Reads the version the jar was built with. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "relations-timeline " + GeneratorVersion.version(), "Java " + System.getProperty("java.version")
            };
        }
    }
}
