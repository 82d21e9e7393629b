package app.delegations.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code delegations validate FILE...}. (Skeleton: implemented with the loader.) */
public final class ValidateCommand {
    private ValidateCommand() {
    }

    public static int run(List<String> files, PrintStream out, PrintStream err) {
        err.println("delegations validate: not implemented yet");
        return 2;
    }
}
