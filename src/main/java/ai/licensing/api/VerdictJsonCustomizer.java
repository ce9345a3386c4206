package ai.licensing.api;

import ai.licensing.model.VerdictJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/** Gives the REST layer the verdict JSON settings the command line uses, so both write the same documents. */
@Singleton
public class VerdictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        VerdictJson.configure(mapper);
    }
}
