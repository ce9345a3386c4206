package ai.licensing.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;

/** Hot reload in the packaged service: the folder watch and the reload thread as they run in production. */
@QuarkusIntegrationTest
@TestProfile(RulesReloadTest.CopyOfRules.class)
class RulesReloadIT extends RulesReloadTest {
}
