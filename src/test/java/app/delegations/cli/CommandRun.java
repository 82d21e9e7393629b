package app.delegations.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What a command-line command printed, line by line, and its exit status. */
record CommandRun(int exit, List<String> out, List<String> err) {

    /** A command as {@code Main} calls it. */
    interface Command {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    static CommandRun of(Command command, String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandRun(exit, lines(out), lines(err));
    }

    /** The lines printed, each ended by a line break (a blank line printed is an empty string). */
    private static List<String> lines(ByteArrayOutputStream s) {
        String text = s.toString(StandardCharsets.UTF_8);
        return text.isEmpty() ? List.of() : List.of(text.substring(0, text.length() - 1).split("\n", -1));
    }
}
