package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The signature matches what the documented shell recipe (openssl) computes for the same input. */
class WebhookSignatureTest {

    @Test
    void theHeaderCarriesTheTimestampAndTheHmacTheOpensslRecipePrints() {
        // Given the body, secret and time the docs' example was run with:
        //   printf '%s.' 1767268800 | cat - body.json | openssl dgst -sha256 -hmac whsec-x -r
        byte[] body = "{\"kind\":\"alert\"}".getBytes(StandardCharsets.UTF_8);

        // When wirewatch signs it
        String header = WebhookSignature.header("whsec-x", body, Instant.ofEpochSecond(1767268800));

        // Then it is the same hex
        assertThat(header).isEqualTo("t=1767268800,v1=13341dc5ce4dc2c66a8ed33ffc42810b3b6b6812043d922353740eeb6401dd24");
    }
}
