package io.wirewatch.app;

import io.wirewatch.app.config.WirewatchConfig;
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

    @Override
    public Integer call() throws Exception {
        WirewatchConfig settings = WirewatchConfig.load(config);
        if (bootstrapServers != null && !bootstrapServers.isBlank()) {
            settings = settings.withBootstrapServers(bootstrapServers);
            settings.validate("--bootstrap-servers");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Service service = Service.start(settings, System.out);
        Thread hook = new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "wirewatch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.err.println("wirewatch: running with " + settings.feeds().size() + " feeds on Kafka "
                + service.bootstrapServers() + "; Ctrl-C to stop");
        stopped.await();
        return 0;
    }
}
