package ai.licensing.api;

import ai.licensing.decisionlog.DecisionWriter;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A decision that cannot be stored is answered 503 problem+json with Retry-After, never with the verdict. */
class DecisionLogProblemsTest {

    private final DecisionLogProblems problems = new DecisionLogProblems();

    @Test
    void aFullQueueIsA503WithRetryAfter() {
        Response response = problems.queueFull(new DecisionWriter.QueueFullException(10000));
        assertEquals(503, response.getStatus());
        assertEquals("application/problem+json", response.getMediaType().toString());
        assertEquals(String.valueOf(DecisionLogProblems.RETRY_AFTER_FULL), response.getHeaderString("Retry-After"));
        Problem problem = (Problem) response.getEntity();
        assertTrue(problem.detail().contains("10000 requests are waiting"), problem.detail());
    }

    @Test
    void aFailingStoreIsA503WithALongerRetryAfter() {
        Response response = problems.storeFailed(new DecisionLogUnavailable(new IOException("connection refused")));
        assertEquals(503, response.getStatus());
        assertEquals(String.valueOf(DecisionLogProblems.RETRY_AFTER_FAILED), response.getHeaderString("Retry-After"));
    }
}
