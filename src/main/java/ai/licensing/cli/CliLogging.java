package ai.licensing.cli;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.logging.Level;

/**
 * Logging for commands that run without booting Quarkus. Without it the log manager keeps Quarkus' start-up
 * handler, which accepts every level and holds every record in memory: Drools' trace logging alone would then
 * cost most of each decision and grow the heap without bound.
 */
public final class CliLogging {

    private CliLogging() {
    }

    /** Warnings and errors to stderr; nothing else is formatted or kept. */
    public static void configure() {
        Logger root = LogContext.getLogContext().getLogger("");
        root.setLevel(Level.WARNING);
        root.clearHandlers();
        ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR, new PatternFormatter("%-5p [%c{1.}] %s%e%n"));
        console.setLevel(Level.WARNING);
        root.addHandler(console);
    }
}
