package io.wirewatch.sinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.model.AlertType;
import io.wirewatch.sinks.config.AlertsConfig;
import io.wirewatch.sinks.config.AlertsConfigException;
import io.wirewatch.sinks.config.DestinationType;
import io.wirewatch.sinks.config.Routing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlertsConfigTest {

    @TempDir
    Path dir;

    @Test
    void theShippedFileIsValidAndRoutesNothingUntilConfigured() {
        assertThat(AlertsConfig.load(Path.of("../../config/alerts.yaml"), name -> null).routes()).isEmpty();
    }

    @Test
    void aFileWithDestinationsAndRoutesResolvesSecretsFromTheEnvironmentAndRoutesByRule() throws Exception {
        // Given a Slack destination for Korea stories and a webhook for changed figures
        Path file = write("""
                destinations:
                  - name: korea-desk
                    type: slack
                    urlEnv: SLACK_KOREA
                  - name: cms
                    type: webhook
                    urlEnv: CMS_URL
                    secretEnv: CMS_SECRET
                    ratePerSecond: 2
                routes:
                  - destinations: [korea-desk]
                    topics: [korea-russia]
                    minSources: 2
                  - destinations: [cms, korea-desk]
                    types: [figure_changed]
                """);
        Map<String, String> env = Map.of("SLACK_KOREA", "https://hooks.slack.com/services/T/B/k",
                "CMS_URL", "https://cms.example/hook", "CMS_SECRET", "s3cret");

        // When it is loaded
        Routing routing = AlertsConfig.load(file, env::get);

        // Then both destinations are there with their secrets and settings
        assertThat(routing.routes()).extracting(r -> r.destination().type())
                .containsExactly(DestinationType.SLACK, DestinationType.WEBHOOK);
        Routing.Route slack = routing.routes().get(0);
        Routing.Route cms = routing.routes().get(1);
        assertThat(cms.destination().secret().reveal()).isEqualTo("s3cret");
        assertThat(cms.destination().ratePerSecond()).isEqualTo(2.0);
        // And an alert goes where a rule sends it
        var korea = Alerts.numbered("korea-russia", 1, 1);
        assertThat(slack.wanted().test(korea)).isTrue();
        assertThat(cms.wanted().test(korea)).isFalse();
        var figure = Alerts.figureChanged();
        assertThat(slack.wanted().test(figure)).isTrue();
        assertThat(cms.wanted().test(figure)).isTrue();
    }

    @Test
    void everyProblemIsNamedAndNoSecretValueIsQuoted() throws Exception {
        // Given a file with mistakes, one variable set to something that is not a URL
        Path file = write("""
                destinations:
                  - name: desk
                    type: slack
                    urlEnv: DESK_URL
                  - name: hook
                    type: webhook
                    urlEnv: HOOK_URL
                  - name: pasted
                    type: slack
                    urlEnv: https://hooks.slack.com/services/T/B/pastedtoken
                  - name: desk
                    type: console
                    digestBacklog: 1
                routes:
                  - destinations: [desk, nowhere]
                """);
        Map<String, String> env = Map.of("DESK_URL", "not-a-url-but-a-s3cret-token");

        // When it is loaded, Then all problems are listed, naming variables, never their values
        assertThatThrownBy(() -> AlertsConfig.load(file, env::get))
                .isInstanceOf(AlertsConfigException.class)
                .hasMessageContaining("destinations[0]: the value of DESK_URL is not an http(s) URL")
                .hasMessageContaining("destinations[1].urlEnv: environment variable HOOK_URL is not set")
                .hasMessageContaining("destinations[1].secretEnv must name an environment variable")
                .hasMessageContaining("destinations[2].urlEnv must be an environment variable's name")
                .hasMessageContaining("destinations[3].name 'desk' is used twice")
                .hasMessageContaining("destinations[3].digestBacklog must be 0 (never) or at least 2")
                .hasMessageContaining("no destination named 'nowhere'")
                .hasMessageContaining("destination 'hook' is in no route")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("s3cret").doesNotContain("pastedtoken"));
    }

    @Test
    void aMisspelledSettingOrTypeIsNotSilentlyIgnored() throws Exception {
        assertThatThrownBy(() -> AlertsConfig.load(write("destinations:\n  - name: a\n    type: slack\n    url: x\n"),
                n -> null)).hasMessageContaining("unknown setting 'url'");
        assertThatThrownBy(() -> AlertsConfig.load(write("destinations:\n  - name: a\n    type: teams\n"), n -> null))
                .hasMessageContaining("'teams' is not valid").hasMessageContaining("SLACK");
    }

    @Test
    void aFilterWantsEveryGivenCriterion() {
        AlertFilter filter = new AlertFilter(Set.of(AlertType.NEW_FACTS), Set.of("korea-russia"), Set.of("North Korea"), 2);
        assertThat(filter.matches(Alerts.numbered("korea-russia", 1, 1))).isTrue();
        assertThat(filter.matches(Alerts.numbered("korea-russia", 1, 0))).as("a NEW_STORY").isFalse();
        assertThat(filter.matches(Alerts.numbered("ukraine-war", 1, 1))).as("another topic").isFalse();
        assertThat(AlertFilter.ALL.matches(Alerts.figureChanged())).isTrue();
        assertThat(new AlertFilter(null, null, Set.of("Kim Jong Un"), 0).matches(Alerts.numbered("x", 1, 1))).isFalse();
    }

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("alerts-" + System.nanoTime() + ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
