package ai.licensing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The evaluation tests against the packaged service ({@code java -jar target/quarkus-app/quarkus-run.jar}, started
 * through {@code Main} with the rules compiled at start-up), in the production profile.
 */
@QuarkusIntegrationTest
class EvaluationResourceIT extends EvaluationResourceTest {
}
