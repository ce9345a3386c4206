package ai.licensing.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How verdicts (and the documents around them) are written as JSON, in one place: the REST layer applies
 * {@link #configure} to Quarkus' mapper and the command line uses {@link #writer()}, so a verdict reads the
 * same whichever way it was asked for. Instants are ISO-8601 strings ({@code 2026-11-28T16:00:00Z}).
 */
public final class VerdictJson {

    private static final ObjectWriter WRITER = configure(JsonMapper.builder().build()).writer();

    private VerdictJson() {
    }

    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** Thread-safe; writes one document on one line. */
    public static ObjectWriter writer() {
        return WRITER;
    }
}
