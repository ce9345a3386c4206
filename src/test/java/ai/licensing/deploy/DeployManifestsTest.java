package ai.licensing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed Kubernetes example parses and carries what an operator relies on. */
class DeployManifestsTest {

    private static final Path DEPLOY = Path.of("deploy/kubernetes");

    @Test
    void deploymentHasReplicasProbesResourcesAndTheRulesMountedFromConfigMaps() throws IOException {
        JsonNode deployment = Manifests.kind(Manifests.read(DEPLOY.resolve("kubernetes.yml")), "Deployment");
        assertTrue(deployment.at("/spec/replicas").asInt() >= 2);
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertTrue(container.at("/resources/requests/cpu").isTextual());
        assertTrue(container.at("/resources/limits/memory").isTextual());
        List<String> mounts = new ArrayList<>();
        container.path("volumeMounts").forEach(m -> mounts.add(m.path("mountPath").asText()));
        assertTrue(mounts.contains("/deployments/rules-drl") && mounts.contains("/deployments/rules-drl/catalog"), mounts.toString());
        List<String> configMaps = new ArrayList<>();
        pod.path("volumes").forEach(v -> configMaps.add(v.at("/configMap/name").asText()));
        assertTrue(configMaps.containsAll(List.of("license-rules", "license-catalog")), configMaps.toString());
        assertTrue(pod.at("/securityContext/runAsNonRoot").asBoolean());
        boolean rulesDirSet = false;
        for (JsonNode env : container.path("env")) {
            rulesDirSet |= env.path("name").asText().equals("LICENSING_RULES_DIR") && env.path("value").asText().equals("/deployments/rules-drl");
        }
        assertTrue(rulesDirSet, "LICENSING_RULES_DIR points at the mounted rules");
    }

    @Test
    void theCompiledRulesCacheIsOnAVolumeThatOutlivesTheContainer() throws IOException {
        JsonNode pod = Manifests.kind(Manifests.read(DEPLOY.resolve("kubernetes.yml")), "Deployment").at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");
        String cacheDir = null;
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("LICENSING_RULES_CACHE_DIR")) {
                cacheDir = env.path("value").asText();
            }
        }
        String volume = null;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (cacheDir != null && cacheDir.startsWith(mount.path("mountPath").asText() + "/") && !mount.path("readOnly").asBoolean()) {
                volume = mount.path("name").asText();
            }
        }
        assertTrue(volume != null, "LICENSING_RULES_CACHE_DIR (" + cacheDir + ") is a folder inside a writable mount, "
                + "which the service creates for its user alone (an emptyDir is writable by everyone)");
        boolean emptyDir = false;
        for (JsonNode v : pod.path("volumes")) {
            emptyDir |= v.path("name").asText().equals(volume) && v.has("emptyDir");
        }
        assertTrue(emptyDir, "the cache volume is an emptyDir, which a restarted container keeps");
    }

    @Test
    void replicasShareThePostgresqlStoreWhoseCredentialsComeFromTheSecret() throws IOException {
        JsonNode container = Manifests.kind(Manifests.read(DEPLOY.resolve("kubernetes.yml")), "Deployment")
                .at("/spec/template/spec/containers/0");
        boolean store = false;
        for (JsonNode env : container.path("env")) {
            store |= env.path("name").asText().equals("LICENSING_DECISION_LOG_STORE") && env.path("value").asText().equals("postgresql");
        }
        assertTrue(store, "LICENSING_DECISION_LOG_STORE=postgresql");
        List<String> secrets = new ArrayList<>();
        container.path("envFrom").forEach(e -> secrets.add(e.at("/secretRef/name").asText()));
        assertEquals(List.of("license-decisions-db"), secrets);
        JsonNode secret = Manifests.kind(Manifests.read(DEPLOY.resolve("decision-store-secret.yaml")), "Secret");
        assertEquals("license-decisions-db", secret.at("/metadata/name").asText());
        List<String> keys = new ArrayList<>();
        secret.path("stringData").fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD"), keys);
        assertTrue(secret.at("/stringData/QUARKUS_DATASOURCE_JDBC_URL").asText().startsWith("jdbc:postgresql://"));
    }

    @Test
    void serviceAndAutoscalerTargetTheDeployment() throws IOException {
        List<JsonNode> docs = Manifests.read(DEPLOY.resolve("kubernetes.yml"));
        assertEquals(8080, Manifests.kind(docs, "Service").at("/spec/ports/0/targetPort").asInt());
        JsonNode hpa = Manifests.kind(Manifests.read(DEPLOY.resolve("hpa.yaml")), "HorizontalPodAutoscaler");
        assertEquals("license-decisions", hpa.at("/spec/scaleTargetRef/name").asText());
        assertEquals("cpu", hpa.at("/spec/metrics/0/resource/name").asText());
        assertTrue(hpa.at("/spec/maxReplicas").asInt() > hpa.at("/spec/minReplicas").asInt());
    }

    @Test
    void evaluateJobIsIndexedAndShardsByCompletionIndex() throws IOException {
        JsonNode job = Manifests.kind(Manifests.read(DEPLOY.resolve("evaluate-job.yaml")), "Job");
        assertEquals("Indexed", job.at("/spec/completionMode").asText());
        int completions = job.at("/spec/completions").asInt();
        String command = job.at("/spec/template/spec/containers/0/args/0").asText();
        assertTrue(command.contains("evaluate") && command.contains("--shard ${JOB_COMPLETION_INDEX}/" + completions), command);
        assertTrue(command.contains("java -XX:+UseSerialGC -XX:FreqInlineSize=100 -XX:InlineSmallCode=1000 -jar"), "the bulk run's JVM options, as the README gives them: " + command);
        assertTrue(command.contains("--out /data/verdicts-${JOB_COMPLETION_INDEX}.ndjson"), command);
    }

    @Test
    void dockerfileRunsTheFastJarAsNonRootWithTheRulesAtTheDocumentedPath() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("USER 185"));
        assertTrue(dockerfile.contains("ENV LICENSING_RULES_DIR=/deployments/rules-drl"));
        assertTrue(dockerfile.contains("target/quarkus-app/quarkus/"));
    }

    @Test
    void theImageShipsTheCompileOfItsOwnRulesWrittenByTheUserItRunsAs() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm"));
        int user = lines.indexOf("USER 185");
        int precompile = indexOfPrefix(lines,
                "RUN java -jar /deployments/quarkus-run.jar precompile --rules /deployments/rules-drl --into /deployments/rules-precompiled");
        assertTrue(user >= 0 && precompile > user, "precompile runs as the service's user, after USER 185");
        assertTrue(lines.contains("ENV LICENSING_RULES_CACHE_SHIPPED_DIR=/deployments/rules-precompiled"));
    }

    @Test
    void theImageTrainsItsAotCacheAsItsEntryPointStartsTheServiceAndEveryJavaOfTheImageReadsIt() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/docker/Dockerfile.jvm"));
        String base = lines.stream().filter(line -> line.startsWith("FROM ")).findFirst().orElseThrow();
        int release = Integer.parseInt(base.replaceAll(".*/openjdk-(\\d+)-runtime:.*", "$1"));
        assertTrue(release >= 25, "an AOT cache needs a JDK 25 or later: " + base);
        String entryPoint = "/opt/jboss/container/java/run/run-java.sh";
        assertTrue(lines.contains("ENTRYPOINT [ \"" + entryPoint + "\" ]"));
        int precompile = indexOfPrefix(lines, "RUN java -jar /deployments/quarkus-run.jar precompile");
        int training = indexOfPrefix(lines, "RUN /deployments/aot/aot-train.sh /deployments/aot/app.aot /deployments/aot/aot-training.http " + entryPoint);
        int settings = indexOfPrefix(lines, "ENV JAVA_APP_JAR=");
        int cache = lines.indexOf("ENV JDK_JAVA_OPTIONS=\"-XX:AOTCache=/deployments/aot/app.aot\"");
        assertTrue(precompile >= 0 && settings >= 0 && training > precompile && training > settings,
                "the training run starts the service as production does: after the shipped compile and every setting");
        assertTrue(cache > training, "the cache is read by the starts after the training run, not by it");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("COPY ") && line.contains("src/main/docker/aot-train.sh")
                && line.contains("src/main/docker/aot-training.http") && line.endsWith(" /deployments/aot/")));
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
