package ai.licensing.deploy;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Runs after packaging: the committed manifests are what quarkus-kubernetes generates from the configuration. */
class DeployManifestsIT {

    @Test
    void committedManifestsMatchTheGeneratedOnes() throws IOException {
        var generated = Manifests.read(Path.of("target/kubernetes/kubernetes.yml")).stream().map(Manifests::normalised).toList();
        var committed = Manifests.read(Path.of("deploy/kubernetes/kubernetes.yml")).stream().map(Manifests::normalised).toList();
        assertEquals(generated, committed,
                "deploy/kubernetes/kubernetes.yml is stale: mvn -B package -DskipTests && cp target/kubernetes/kubernetes.yml deploy/kubernetes/");
    }
}
