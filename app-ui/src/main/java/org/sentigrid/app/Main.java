package org.sentigrid.app;

import org.sentigrid.cli.SentigridCommand;

/**
 * The entry point of {@code sentigrid.jar}. With arguments it runs the command line; without, it is
 * where the desktop app will open (until that exists, it prints the command-line usage).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int status = args.length == 0 ? SentigridCommand.usage() : SentigridCommand.run(args);
        System.exit(status);
    }
}
