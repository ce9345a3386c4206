package ai.licensing.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.Map;

/** A throwaway PostgreSQL server for a {@code @QuarkusTest}, with the service configured to store decisions in it. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private PostgresCluster cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = PostgresCluster.start(Path.of("target"));
        } catch (Exception e) {
            throw new IllegalStateException("cannot start PostgreSQL for the test", e);
        }
        return cluster.serviceConfig();
    }

    @Override
    public void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the test's PostgreSQL", e);
        }
    }
}
