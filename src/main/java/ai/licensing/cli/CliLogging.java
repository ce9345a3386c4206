package ai.licensing.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Logging for the commands that run without Quarkus. The Quarkus runner installs a handler that holds every log
 * record until Quarkus configures logging, which a command never does: every level stays enabled, and Drools'
 * trace messages (formatted for each rule firing) cost more than the evaluation itself. Warnings and errors of
 * libraries go to standard error, one line each; the commands print their own results and errors.
 */
final class CliLogging {

    /**
     * The Drools builder logs every compile error it returns; the commands print those errors themselves as
     * {@code file:line:col: message}. Held here because the logging API keeps loggers only weakly.
     */
    private static final Logger KIE_BUILDER = Logger.getLogger("org.drools.compiler.kie.builder");

    private CliLogging() {
    }

    static void configure() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler stderr = new ConsoleHandler();
        stderr.setLevel(Level.WARNING);
        stderr.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                return record.getLevel() + " [" + record.getLoggerName() + "] " + formatMessage(record) + System.lineSeparator();
            }
        });
        root.addHandler(stderr);
        root.setLevel(Level.WARNING);
        KIE_BUILDER.setLevel(Level.OFF);
    }
}
