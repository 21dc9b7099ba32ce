package io.wirewatch.app;

import io.wirewatch.broker.EmbeddedKafka;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A certificate for 127.0.0.1 made with the JDK's own keytool, as a cluster with a private CA has:
 * a key store for the broker and a trust store holding only its certificate, for whoever must trust
 * it. Out: the broker's {@link EmbeddedKafka.Tls}.
 */
final class SelfSignedCertificate {

    private SelfSignedCertificate() {
    }

    static EmbeddedKafka.Tls in(Path dir) throws IOException, InterruptedException {
        String password = "store-" + UUID.randomUUID();
        Path keyStore = dir.resolve("broker.p12");
        Path certificate = dir.resolve("broker.crt");
        Path trustStore = dir.resolve("trust.p12");
        keytool(password, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-storetype", "PKCS12", "-keystore", keyStore.toString());
        keytool(password, "-exportcert", "-alias", "broker", "-rfc", "-keystore", keyStore.toString(),
                "-file", certificate.toString());
        keytool(password, "-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                "-storetype", "PKCS12", "-keystore", trustStore.toString());
        return new EmbeddedKafka.Tls(keyStore, trustStore, password);
    }

    private static void keytool(String password, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storepass", password));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("keytool " + args[0] + " failed: " + output);
        }
    }
}
