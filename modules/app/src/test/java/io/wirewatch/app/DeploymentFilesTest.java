package io.wirewatch.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.wirewatch.app.config.WirewatchConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The deployment files agree with the app: ports, roles, environment variables, probes, Kafka
 * version and topic settings. Docker is not needed: the files are parsed and cross-checked.
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of("../..");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final WirewatchConfig config = WirewatchConfig.load(ROOT.resolve("config/wirewatch.yaml"));
    private final int opsPort = config.ops().port();

    private static JsonNode yaml(String path) throws IOException {
        return YAML.readTree(ROOT.resolve(path).toFile());
    }

    private static List<JsonNode> documents(String path) throws IOException {
        List<JsonNode> docs = new ArrayList<>();
        try (var parser = YAML.getFactory().createParser(ROOT.resolve(path).toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(docs::add);
        }
        return docs;
    }

    private static String kafkaVersion() throws IOException {
        Matcher m = Pattern.compile("<kafka.version>([^<]+)</kafka.version>").matcher(Files.readString(ROOT.resolve("pom.xml")));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void composeRunsEachRoleAgainstItsKafkaWithTheProjectsKafkaVersion() throws Exception {
        JsonNode services = yaml("deploy/compose/docker-compose.yml").get("services");
        JsonNode kafka = services.get("kafka");
        assertThat(kafka.get("image").asText()).isEqualTo("apache/kafka:" + kafkaVersion());
        JsonNode kafkaEnv = kafka.get("environment");
        String advertised = kafkaEnv.get("KAFKA_ADVERTISED_LISTENERS").asText();
        String kafkaAddress = advertised.replaceFirst("^PLAINTEXT://", "");
        // Exactly-once needs transactions the single broker can satisfy; topics come from wirewatch only.
        assertThat(kafkaEnv.get("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR").asInt())
                .isLessThanOrEqualTo(kafkaEnv.get("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR").asInt());
        assertThat(kafkaEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE").asText()).isEqualTo("false");

        Map<String, String> roles = new TreeMap<>();
        services.fields().forEachRemaining(service -> {
            if (service.getKey().startsWith("wirewatch-")) {
                List<String> command = texts(service.getValue().get("command"));
                roles.put(service.getKey(), command.get(command.indexOf("--role") + 1));
                assertThat(service.getValue().get("environment").get(WirewatchConfig.BOOTSTRAP_ENV).asText())
                        .as(service.getKey() + " Kafka").isEqualTo(kafkaAddress);
            }
        });
        assertThat(roles).containsExactly(Map.entry("wirewatch-poller", "poller"),
                Map.entry("wirewatch-sinks", "sinks"), Map.entry("wirewatch-topology", "topology"));
        assertThat(services.get("wirewatch-topology").get("deploy").get("replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(services.get("wirewatch-sinks").get("environment").has("WIREWATCH_SLACK_WEBHOOK_URL")).isTrue();
        // The variable the deployments set is the one config/alerts.yaml tells users to name.
        assertThat(Files.readString(ROOT.resolve("config/alerts.yaml"))).contains("urlEnv: WIREWATCH_SLACK_WEBHOOK_URL");
    }

    @Test
    void prometheusScrapesEveryRoleOnTheOpsPort() throws Exception {
        JsonNode sd = yaml("deploy/prometheus/prometheus.yml").get("scrape_configs").get(0).get("dns_sd_configs").get(0);
        assertThat(sd.get("port").asInt()).isEqualTo(opsPort);
        assertThat(texts(sd.get("names"))).containsExactlyInAnyOrder("wirewatch-poller", "wirewatch-topology", "wirewatch-sinks");
        assertThat(yaml("deploy/prometheus/prometheus.yml").get("scrape_configs").get(0).get("metrics_path").asText())
                .isEqualTo("/metrics");
    }

    @Test
    void grafanaReadsPrometheusAndTheDashboardsWhereComposeMountsThem() throws Exception {
        JsonNode compose = yaml("deploy/compose/docker-compose.yml").get("services");
        String datasourceUrl = yaml("deploy/grafana/provisioning/datasources/prometheus.yml").get("datasources").get(0)
                .get("url").asText();
        assertThat(datasourceUrl).isEqualTo("http://prometheus:" + texts(compose.get("prometheus").get("ports")).get(0).split(":")[1]);
        String dashboards = yaml("deploy/grafana/provisioning/dashboards/wirewatch.yml").get("providers").get(0)
                .get("options").get("path").asText();
        assertThat(texts(compose.get("grafana").get("volumes"))).anyMatch(v -> v.endsWith(":" + dashboards + ":ro"));
    }

    @Test
    void kubernetesRunsTheRolesApartWithProbesStateAndSecrets() throws Exception {
        Map<String, JsonNode> workloads = new TreeMap<>();
        for (String file : List.of("poller.yaml", "topology.yaml", "sinks.yaml")) {
            for (JsonNode doc : documents("deploy/k8s/" + file)) {
                if (!doc.get("kind").asText().equals("Service")) {
                    workloads.put(doc.get("metadata").get("name").asText(), doc);
                }
            }
        }
        assertThat(workloads).containsOnlyKeys("wirewatch-poller", "wirewatch-topology", "wirewatch-sinks");
        workloads.forEach((name, workload) -> {
            JsonNode container = workload.get("spec").get("template").get("spec").get("containers").get(0);
            List<String> args = texts(container.get("args"));
            assertThat(name).isEqualTo("wirewatch-" + args.get(args.indexOf("--role") + 1));
            assertThat(container.get("ports").get(0).get("containerPort").asInt()).isEqualTo(opsPort);
            assertThat(container.get("livenessProbe").get("httpGet").get("path").asText()).isEqualTo("/health/live");
            assertThat(container.get("readinessProbe").get("httpGet").get("path").asText()).isEqualTo("/health/ready");
            assertThat(container.get("envFrom").get(0).get("configMapRef").get("name").asText()).isEqualTo("wirewatch-env");
            assertThat(workload.get("spec").get("template").get("metadata").get("annotations").get("prometheus.io/port").asInt())
                    .isEqualTo(opsPort);
        });
        assertThat(workloads.get("wirewatch-poller").get("spec").get("replicas").asInt()).isEqualTo(1);

        JsonNode topology = workloads.get("wirewatch-topology");
        assertThat(topology.get("kind").asText()).isEqualTo("StatefulSet");
        assertThat(topology.get("spec").get("replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode container = topology.get("spec").get("template").get("spec").get("containers").get(0);
        JsonNode state = container.get("env").get(0);
        assertThat(state.get("name").asText()).isEqualTo(WirewatchConfig.STATE_DIR_ENV);
        List<String> mounts = new ArrayList<>();
        container.get("volumeMounts").forEach(m -> mounts.add(m.get("mountPath").asText()));
        assertThat(mounts).contains(state.get("value").asText());

        JsonNode slack = workloads.get("wirewatch-sinks").get("spec").get("template").get("spec").get("containers").get(0)
                .get("env").get(0);
        assertThat(slack.get("name").asText()).isEqualTo("WIREWATCH_SLACK_WEBHOOK_URL");
        assertThat(slack.get("valueFrom").get("secretKeyRef").get("name").asText()).isEqualTo("wirewatch-slack");

        JsonNode kustomization = yaml("deploy/k8s/kustomization.yaml");
        JsonNode generators = kustomization.get("configMapGenerator");
        texts(generators.get(0).get("files")).forEach(f -> assertThat(ROOT.resolve("deploy/k8s").resolve(f)).exists());
        assertThat(texts(generators.get(1).get("literals"))).anyMatch(l -> l.startsWith(WirewatchConfig.BOOTSTRAP_ENV + "="));
    }

    @Test
    void theImageServesOpsOnAllInterfacesAndKeepsStateWhereVolumesGo() throws Exception {
        String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
        assertThat(dockerfile).contains(WirewatchConfig.OPS_BIND_ENV + "=0.0.0.0")
                .contains(WirewatchConfig.STATE_DIR_ENV + "=/var/lib/wirewatch/streams")
                .contains("EXPOSE " + opsPort)
                .contains("io.wirewatch.app.Main");
    }
}
