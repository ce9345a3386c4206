package ai.licensing.cli;

import picocli.CommandLine.Command;

/** Listed for --help only: {@link Main} boots the service itself when the first argument is {@code serve}. */
@Command(name = "serve", description = "Start the REST service (the default command). Configuration: application.properties / environment.")
final class ServeCommand implements Runnable {

    @Override
    public void run() {
        io.quarkus.runtime.Quarkus.run();
    }
}
