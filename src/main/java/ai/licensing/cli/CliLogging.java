package ai.licensing.cli;

import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.util.logging.Level;

/**
 * Logging for commands that run without booting Quarkus. Without it the log manager keeps Quarkus' start-up
 * handler, which accepts every level and holds every record in memory: Drools' trace logging alone would then
 * cost most of each decision and grow the heap without bound. Warnings and errors of libraries go to stderr,
 * one line each; the commands print their own results and errors.
 */
public final class CliLogging {

    private CliLogging() {
    }

    public static void configure() {
        LogContext context = LogContext.getLogContext();
        Logger root = context.getLogger("");
        root.setLevel(Level.WARNING);
        root.clearHandlers();
        ConsoleHandler console = new ConsoleHandler(ConsoleHandler.Target.SYSTEM_ERR, new PatternFormatter("%-5p [%c] %s%e%n"));
        console.setLevel(Level.WARNING);
        root.addHandler(console);
        // The rule builder logs each compile error it returns; the commands print those as file:line:col: message.
        context.getLogger("org.drools.compiler.kie.builder").setLevel(Level.OFF);
    }
}
