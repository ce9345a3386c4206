package ai.licensing.scenario;

import ai.licensing.model.SourceError;

/** A scenario file that cannot be read or is not in the contract's format; names the file and the path inside it. */
public class ScenarioFileException extends RuntimeException {

    private final transient SourceError error;

    public ScenarioFileException(String file, String pathInFile, String message) {
        super(file + ": " + pathInFile + ": " + message);
        this.error = new SourceError(file, 0, 0, pathInFile + ": " + message);
    }

    public SourceError error() {
        return error;
    }
}
