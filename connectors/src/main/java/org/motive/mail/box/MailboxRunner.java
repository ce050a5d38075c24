package org.motive.mail.box;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.motive.Motive;
import org.motive.mail.MailReader;

/**
 * Decides a mailbox until closed: polls it, decides each new message once, stores the decision
 * and does the configured actions. The settings are the {@code motive.mail.*} keys of
 * {@code connectors/README.md}; Camel Main reads its own {@code camel.*} keys from the same map.
 *
 * <pre>{@code
 * Properties config = new Properties();
 * config.load(Files.newBufferedReader(Path.of("application.properties")));
 * try (MailboxRunner mailbox = MailboxRunner.start(config, Motive.builder().build())) {
 *     ...   // decides in the background until closed
 * }
 * }</pre>
 */
public final class MailboxRunner implements AutoCloseable {

    /** Keys kept in memory; the file holds them all, so a restart knows every decided message. */
    private static final int PROCESSED_CACHE = 100_000;
    /** No limit: Camel would otherwise drop the oldest keys and decide those messages again. */
    private static final long PROCESSED_FILE_MAX = 0;

    private final Main main;
    private final DecisionStore store;
    private final FileIdempotentRepository processed;
    private final String mailbox;
    private boolean closed;

    private MailboxRunner(Main main, DecisionStore store, FileIdempotentRepository processed,
                          String mailbox) {
        this.main = main;
        this.store = store;
        this.processed = processed;
        this.mailbox = mailbox;
    }

    /**
     * Validates the settings, opens the decision store and the record of processed messages, and
     * starts polling; returns once the route runs.
     *
     * @throws IllegalArgumentException when a setting is missing or wrong; the message names the key
     */
    public static MailboxRunner start(Properties config, Motive motive) throws Exception {
        MailboxConfig settings = MailboxConfig.from(config);
        FileIdempotentRepository processed = (FileIdempotentRepository) FileIdempotentRepository
                .fileIdempotentRepository(settings.processed().toFile(), PROCESSED_CACHE, PROCESSED_FILE_MAX);
        ServiceHelper.startService(processed);
        DecisionStore store = null;
        Main main = new Main();
        try {
            store = JsonLinesDecisionStore.open(settings.decisions());
            MailboxActions actions = new MailboxActions(settings, processed);
            MailReader reader = MailReader.builder().maxMessageBytes(settings.maxMessageBytes()).build();
            DecideStep decide = new DecideStep(settings.mailbox(), reader, settings.maxMessageBytes(), motive, store,
                    processed, new DeadLetters(settings.deadLetter()), actions);
            main.setInitialProperties(config);
            main.configure().addRoutesBuilder(new MailboxRoute(settings, decide, new ActStep(actions), actions));
            main.start();
            return new MailboxRunner(main, store, processed, settings.mailbox());
        } catch (Exception | Error e) {
            main.stop();
            ServiceHelper.stopService(processed);
            if (store != null) {
                store.close();
            }
            throw e;
        }
    }

    /** Runs until the process is stopped: {@code MailboxRunner application.properties}. */
    public static void main(String[] args) throws Exception {
        Properties config = new Properties();
        Path file = Path.of(args.length > 0 ? args[0] : "application.properties");
        try (InputStream in = Files.newInputStream(file)) {
            config.load(in);
        }
        MailboxRunner runner = start(config, Motive.builder().build());
        Runtime.getRuntime().addShutdownHook(new Thread(runner::close));
        new CountDownLatch(1).await();
    }

    /** The mailbox decided, as written in the stored decisions: {@code imap://user@host:143/INBOX}. */
    public String mailbox() {
        return mailbox;
    }

    /** Stops polling, lets the message in progress finish, and closes the store. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        main.stop();
        ServiceHelper.stopService(processed);
        try {
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
