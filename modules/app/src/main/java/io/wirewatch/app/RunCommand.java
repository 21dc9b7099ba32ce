package io.wirewatch.app;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.app.ops.OpsServer;
import io.wirewatch.app.ops.Readiness;
import io.wirewatch.app.ops.Telemetry;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code wirewatch run}: the long-running service, until SIGINT or SIGTERM. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Poll the configured feeds, run the topology and deliver alerts until stopped.")
final class RunCommand implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, defaultValue = "config/wirewatch.yaml",
            description = "Configuration file (default: ${DEFAULT-VALUE}).")
    Path config;

    @Option(names = "--bootstrap-servers", description = "Kafka host:port list; overrides the config file. "
            + "Without one, wirewatch starts its embedded broker.")
    String bootstrapServers;

    @Option(names = "--role", defaultValue = "all",
            description = "What this process runs: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "Roles other than all need a shared Kafka.")
    Role role;

    @Override
    public Integer call() throws Exception {
        WirewatchConfig settings = WirewatchConfig.load(config);
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            settings = settings.withBootstrapServers(bootstrapServers);
            settings.validate("--bootstrap-servers");
        }
        Telemetry telemetry = new Telemetry(role.name().toLowerCase());
        Readiness readiness = new Readiness();
        // Probes answer from the start: "not ready" while Kafka and the parts come up.
        OpsServer ops = settings.ops().enabled()
                ? OpsServer.start(settings.ops().bind(), settings.ops().port(), telemetry.registry(), readiness) : null;
        CountDownLatch stopped = new CountDownLatch(1);
        Service service;
        try {
            service = Service.start(settings, role, System.out, telemetry, readiness);
        } catch (RuntimeException | InterruptedException e) {
            if (ops != null) {
                ops.close();
            }
            telemetry.close();
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            if (ops != null) {
                ops.close();
            }
            telemetry.close();
            stopped.countDown();
        }, "wirewatch-shutdown"));
        System.err.println("wirewatch: running " + role.name().toLowerCase() + " on Kafka " + service.kafka().describe()
                + (ops == null ? "" : "; metrics and health on http://" + settings.ops().bind() + ":" + ops.port())
                + "; Ctrl-C to stop");
        stopped.await();
        return 0;
    }
}
