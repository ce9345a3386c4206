package ai.licensing.model;

import ai.licensing.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.UncheckedIOException;

/**
 * How verdicts (and the documents around them) are written as JSON, in one place: the REST layer applies
 * {@link #configure} to Quarkus' mapper and the command line uses {@link #writer()}, so a verdict reads the
 * same whichever way it was asked for. Instants are ISO-8601 strings ({@code 2026-11-28T16:00:00Z}).
 */
public final class VerdictJson {

    private static final ObjectWriter WRITER = Json.verdicts();

    private VerdictJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return Json.configureWriting(mapper);
    }

    /**
     * The verdict as a JSON document, for writing it more than once (the response and the decision log), written by
     * {@link VerdictWriter} to the same bytes as {@link #writer()} writes.
     */
    public static String text(Verdict verdict) {
        return VerdictWriter.text(verdict);
    }

    /** A verdict, or a document around verdicts (an explained verdict), as one JSON document. */
    public static String text(Object verdict) {
        try {
            return WRITER.writeValueAsString(verdict);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a verdict always serializes", e);
        }
    }

    /** Thread-safe; writes one document on one line. */
    public static ObjectWriter writer() {
        return WRITER;
    }
}
