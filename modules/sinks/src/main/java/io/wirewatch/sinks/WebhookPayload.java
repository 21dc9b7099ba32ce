package io.wirewatch.sinks;

import io.wirewatch.model.Alert;
import io.wirewatch.model.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON body of a webhook POST.
 *
 * <p>In: one alert, or the alerts of a digest. Out: {@code {"kind":"alert","alert":{...}}} with the
 * alert exactly as on {@code wirewatch.alerts} (docs/alerts.md), or
 * {@code {"kind":"digest","alerts":[...]}}.
 */
final class WebhookPayload {

    private WebhookPayload() {
    }

    static String of(Alert alert) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "alert");
        body.put("alert", alert);
        return Json.write(body);
    }

    static String digest(List<Alert> alerts) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", "digest");
        body.put("alerts", alerts);
        return Json.write(body);
    }
}
