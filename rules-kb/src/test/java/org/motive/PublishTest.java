package org.motive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.motive.json.LabelledRequest;
import org.motive.model.ContactRequest;
import org.motive.model.Decision;
import org.motive.model.Verdict;
import org.motive.pack.PackLoader;

@DisplayName("Publishing a pack to a running Motive")
class PublishTest {

    /** About 60 words: a past meeting and a call asked for. */
    static final String SIXTY_WORDS = "Hello Anna, we met at the Devoxx conference in Paris last week, where you gave the"
            + " talk on event-driven architecture. I enjoyed your examples about Kafka consumers and retries very much."
            + " Could we schedule a short call next week to discuss how your team handles schema evolution? I would"
            + " value your advice for our migration project, which starts in January. Best regards, Tom";

    @TempDir
    static Path dir;
    static Pack builtIn;
    static Pack reworded;

    @BeforeAll
    static void packs() throws Exception {
        builtIn = Pack.builtIn();
        // Same rules, another wording of the English replies: a decision shows which pack made it.
        Path pack = export("reworded");
        replace(pack.resolve("pack.yaml"), "version: 1.0.0", "version: 1.0.1");
        replace(pack.resolve("replies/en.yaml"), "title: Long message", "title: Too long a message");
        reworded = Pack.load(pack);
    }

    static Path export(String name) throws Exception {
        return PackLoader.builtInFiles().writeTo(dir.resolve(name));
    }

    static void replace(Path file, String target, String replacement) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " holds what the test edits").contains(target);
        Files.writeString(file, text.replace(target, replacement));
    }

    @Test
    @DisplayName("a lower long-message threshold turns a motivated 60-word request from ACCEPT to CLARIFY")
    void threshold() throws Exception {
        Path pack = export("short");
        replace(pack.resolve("pack.yaml"), "longMessageWords: 200", "longMessageWords: 30");
        ContactRequest request = ContactRequest.of("sixty", SIXTY_WORDS).withLanguage("en");
        assertThat(request.message().split("\\s+")).hasSizeBetween(55, 65);
        assertThat(Motive.builder().build().evaluate(request).verdict()).isEqualTo(Verdict.ACCEPT);
        Decision shorter = Motive.builder().rules(Pack.load(pack)).build().evaluate(request);
        assertThat(shorter.verdict()).isEqualTo(Verdict.CLARIFY);
        assertThat(shorter.findings()).extracting(f -> f.rule()).contains("length.long");
    }

    @Test
    @DisplayName("refuses a pack whose examples fail, says which, and keeps the live pack")
    void failingExampleBlocksPublishing() throws Exception {
        Path pack = export("strict");
        replace(pack.resolve("pack.yaml"), "longMessageWords: 200", "longMessageWords: 30");
        Motive motive = Motive.builder().build();
        Publication publication = motive.publish(Pack.load(pack));
        assertThat(publication.published()).isFalse();
        assertThat(publication.tests().exampleFailures()).isNotEmpty()
                .allSatisfy(f -> assertThat(f.actual()).isNotEqualTo(f.expected()));
        assertThat(publication.reasons()).first().asString().startsWith("example ").contains("expected ACCEPT");
        assertThat(motive.pack().rulesVersion()).isEqualTo(builtIn.rulesVersion());
        assertThatThrownBy(motive::rollback).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("builds a folder in the background, refuses it with its errors when broken, publishes and rolls back")
    void publishFolderAndRollBack() throws Exception {
        Motive motive = Motive.builder().build();
        Path broken = export("broken");
        replace(broken.resolve("tables/verdicts.csv"), ",ACCEPT,", ",ACEPT,");
        Publication refused = motive.publish(broken).join();
        assertThat(refused.published()).isFalse();
        assertThat(refused.reasons()).singleElement().asString().startsWith("tables/verdicts.csv!E7: error:");

        Publication published = motive.publish(dir.resolve("reworded")).join();
        assertThat(published.published()).as("%s", published.reasons()).isTrue();
        assertThat(published.previousVersion()).isEqualTo(builtIn.rulesVersion());
        assertThat(motive.pack().rulesVersion()).isEqualTo(published.candidateVersion()).startsWith("1.0.1-");
        assertThat(motive.rollback().rulesVersion()).isEqualTo(builtIn.rulesVersion());
        assertThat(motive.pack().rulesVersion()).isEqualTo(builtIn.rulesVersion());
        assertThat(motive.rollback().rulesVersion()).as("a second rollback undoes the first")
                .isEqualTo(published.candidateVersion());
    }

    @Test
    @DisplayName("swaps packs 100 times while threads evaluate, every decision made by exactly one pack")
    void swapsUnderLoad() throws Exception {
        List<ContactRequest> requests = builtIn.examples().stream().map(LabelledRequest::request).limit(120).toList();
        Map<String, Map<String, Decision>> expected = new HashMap<>();
        for (Pack pack : List.of(builtIn, reworded)) {
            Motive fixed = Motive.builder().rules(pack).build();
            Map<String, Decision> byId = new HashMap<>();
            requests.forEach(r -> byId.put(r.id(), fixed.evaluate(r)));
            expected.put(pack.rulesVersion(), byId);
        }
        assertThat(requests).as("some request is decided differently by the two packs")
                .anyMatch(r -> !same(expected.get(builtIn.rulesVersion()).get(r.id()),
                        expected.get(reworded.rulesVersion()).get(r.id())));

        Motive motive = Motive.builder().build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger decided = new AtomicInteger();
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int offset = t * 17;
            Thread thread = new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    ContactRequest request = requests.get(i % requests.size());
                    try {
                        Decision decision = motive.evaluate(request);
                        Map<String, Decision> byId = expected.get(decision.rulesVersion());
                        if (byId == null || !same(byId.get(request.id()), decision)) {
                            wrong.add(request.id() + " under " + decision.rulesVersion());
                        }
                        decided.incrementAndGet();
                    } catch (RuntimeException e) {
                        wrong.add(request.id() + ": " + e);
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        int swaps = 0;
        while (swaps < 100) {
            assertThat(motive.publish(reworded).published()).isTrue();
            assertThat(motive.rollback().rulesVersion()).isEqualTo(builtIn.rulesVersion());
            swaps += 2;
        }
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(wrong).isEmpty();
        assertThat(decided.get()).isGreaterThan(1000);
    }

    @Test
    @DisplayName("runs a pack in shadow: records disagreements and never changes a decision")
    void shadow() throws Exception {
        Path pack = export("shadow");
        replace(pack.resolve("pack.yaml"), "longMessageWords: 200", "longMessageWords: 30");
        Motive motive = Motive.builder().build();
        motive.shadow(Pack.load(pack));
        ContactRequest request = ContactRequest.of("sixty", SIXTY_WORDS).withLanguage("en");
        assertThat(motive.evaluate(request).verdict()).isEqualTo(Verdict.ACCEPT);
        ShadowReport report = motive.stopShadow();
        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.disagreements()).isEqualTo(1);
        assertThat(report.recent()).singleElement().isEqualTo(new ShadowReport.Disagreement("sixty", Verdict.ACCEPT,
                "motivated", Verdict.CLARIFY, "long-or-recital"));
        assertThat(motive.shadowReport()).isNull();
    }

    private static boolean same(Decision a, Decision b) {
        return a.verdict() == b.verdict() && a.decidedBy().equals(b.decidedBy())
                && a.findings().equals(b.findings()) && java.util.Objects.equals(a.reply(), b.reply());
    }
}
