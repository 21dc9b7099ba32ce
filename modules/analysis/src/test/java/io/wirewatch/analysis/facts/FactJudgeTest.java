package io.wirewatch.analysis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.analysis.Fixtures;
import io.wirewatch.model.Article;
import io.wirewatch.model.Fact;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactJudgeTest {

    private final FactJudge judge = new FactJudge(NoveltySettings.defaults(), Fixtures.gazetteer());

    private Novelty judge(List<Fact> known, Article version, String label) {
        Novelty n = judge.judge(known, version);
        System.out.printf("=== %s: %d new, %d figure changes, score %.2f%n", label, n.newFacts().size(),
                n.figureChanges().size(), n.score());
        for (int i = 0; i < n.newFacts().size(); i++) {
            System.out.printf("  NEW %.2f  %s%n", n.novelties().get(i), n.newFacts().get(i).text());
        }
        n.figureChanges().forEach(c -> System.out.println("  FIG  " + c.previousFigure() + " -> " + c.figure()
                + " | " + c.text() + "\n       was: " + c.previous().text()));
        return n;
    }

    private static List<String> texts(Novelty n) {
        List<String> out = new ArrayList<>();
        n.newFacts().forEach(f -> out.add(f.text()));
        return out;
    }

    @Test
    void versionBAddsItsOwnFactsButNoRestatements() {
        Article a = Fixtures.seedA();
        Article b = Fixtures.seedB();
        Novelty n = judge(judge.claimsOf(a), b, "a then b");
        List<String> facts = texts(n);
        assertThat(facts).anyMatch(t -> t.contains("first major joint military exercises since the inauguration"));
        assertThat(facts).anyMatch(t -> t.contains("North Korea has been supplying a vast amount of conventional weapons"));
        assertThat(facts).noneMatch(t -> t.contains("had arrived in Pyongyang"));
        assertThat(facts).noneMatch(t -> t.contains("agreed in principle"));
        assertThat(facts).noneMatch(t -> t.contains("arms exhibition"));
        assertThat(facts).noneMatch(t -> t.contains("2018-19"));
        assertThat(facts).noneMatch(t -> t.contains("mutual defence treaty"));
        assertThat(n.figureChanges()).isEmpty();
        assertThat(n.newFacts()).allMatch(f -> f.articleId().equals("b"));
        assertThat(n.remember()).containsAll(n.newFacts());
        assertThat(n.score()).isBetween(0.0, 0.75);
    }

    @Test
    void versionAAfterBYieldsNoBoilerplate() {
        Article a = Fixtures.seedA();
        Article b = Fixtures.seedB();
        Novelty n = judge(judge.claimsOf(b), a, "b then a");
        List<String> facts = texts(n);
        assertThat(facts).noneMatch(t -> t.contains("Also Read") || t.contains("Key Points") || t.contains("Recent News"));
        // The recap items restate the story: none of them may surface.
        assertThat(facts).noneMatch(t -> t.contains("Shoigu’s Visit to Pyongyang:") || t.contains("Mutual Benefits:")
                || t.contains("Past Engagements:"));
        assertThat(facts).noneMatch(t -> t.contains("arrived in Pyongyang"));
        assertThat(facts).noneMatch(t -> t.contains("arms exhibition"));
        assertThat(n.figureChanges()).isEmpty();
        assertThat(n.newFacts().size()).isLessThanOrEqualTo(8);
    }

    @Test
    void aChangedTroopFigureIsAFigureChange() {
        Article a = Fixtures.seedA();
        Article b = Fixtures.seedB();
        Article c = Fixtures.preparer().prepare(Fixtures.raw("articles/version-c.txt", "c", Fixtures.T0.plusSeconds(7200)));
        List<Fact> known = new ArrayList<>(judge.claimsOf(a));
        known.addAll(judge.judge(known, b).remember());
        Novelty n = judge(known, c, "a, b then c");
        assertThat(n.figureChanges()).hasSize(1);
        FigureChange change = n.figureChanges().get(0);
        assertThat(change.figure()).isEqualTo("15,000");
        assertThat(change.previousFigure()).isIn("10,000 to 12,000", "10,000–12,000", "10,000-12,000");
        assertThat(change.text()).contains("about 15,000 North Korean troops");
        assertThat(n.newFacts()).noneMatch(f -> f.text().contains("15,000"));
        assertThat(n.remember()).anyMatch(f -> f.text().contains("15,000"));
    }

    @Test
    void theSameVersionAgainAddsNothing() {
        Article b = Fixtures.seedB();
        Novelty n = judge.judge(judge.claimsOf(b), b);
        assertThat(n.isEmpty()).isTrue();
        assertThat(n.score()).isZero();
    }

    @Test
    void claimsAndSummaryLeaveOutBoilerplate() {
        Article a = Fixtures.seedA();
        List<Fact> claims = judge.claimsOf(a);
        assertThat(claims).isNotEmpty().allMatch(f -> f.articleId().equals("a") && f.seen().equals(a.published()));
        assertThat(claims).noneMatch(f -> f.text().startsWith("Also Read") || f.text().startsWith("Key Points")
                || f.text().startsWith("1.") || f.text().equals("Recent News"));
        List<String> summary = judge.summaryOf(a);
        assertThat(summary).hasSize(NoveltySettings.defaults().summarySentences());
        assertThat(summary.get(0)).startsWith("The visit follows reports");
    }

    @Test
    void claimsAnalysedOnceAndExtendedJudgeExactlyAsAFreshMemory() {
        // Given version a's claims analysed once, and what version b then added
        Article a = Fixtures.seedA();
        Article b = Fixtures.seedB();
        Article c = Fixtures.preparer().prepare(Fixtures.raw("articles/version-c.txt", "c", Fixtures.T0.plusSeconds(7200)));
        FactJudge.Prepared known = judge.prepare(judge.claimsOf(a));
        Novelty fromB = judge.judge(known, b);
        assertThat(known.size()).isEqualTo(judge.claimsOf(a).size());

        // When the analysis is extended with b's additions and c is judged against it
        known.extend(fromB.remember());
        List<Fact> all = new ArrayList<>(judge.claimsOf(a));
        all.addAll(fromB.remember());

        // Then the verdict is the one a memory analysed afresh gives
        Novelty cached = judge.judge(known, c);
        Novelty fresh = judge.judge(all, c);
        assertThat(cached).isEqualTo(fresh);
        assertThat(cached.figureChanges()).hasSize(1);
    }

    @Test
    void comparingTextsFindsRestatementsAndNewClaims() {
        // Given a known sentence, its restatement in other words and an unrelated claim
        List<String> known = List.of("Russian troops crossed the border on Monday, officials said.");

        // When each candidate is compared
        Novelty same = judge.compare(known, "Officials said Russian soldiers crossed the border on Monday.");
        Novelty other = judge.compare(known, "The central bank raised interest rates by two points to curb inflation.");

        // Then the restatement adds nothing and scores low, the other claim is new and scores high
        assertThat(same.isEmpty()).isTrue();
        assertThat(same.peak()).isLessThan(0.2);
        assertThat(other.newFacts()).extracting(Fact::text).containsExactly(
                "The central bank raised interest rates by two points to curb inflation.");
        assertThat(other.peak()).isGreaterThan(0.8);
        assertThat(other.strongest()).isEqualTo(other.novelties().get(0));
    }
}
