package org.motive.mail.dovecot;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Dovecot IMAP server from Debian's {@code dovecot-imapd}, started in the foreground for a
 * test in a folder of its own, on a free port of the loopback interface, with one user. It runs as
 * {@code nobody} (Dovecot refuses to hand mail to root). {@code .ci/run} installs the package.
 */
public final class Dovecot implements AutoCloseable {

    public static final String USER = "alice";
    public static final String PASSWORD = "secret1";

    private final Path home;
    private final int port;
    private final Process process;

    private Dovecot(Path home, int port, Process process) {
        this.home = home;
        this.port = port;
        this.process = process;
    }

    /** Starts Dovecot; fails with what to install when the package is missing. */
    public static Dovecot start(Path dir) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/sbin/dovecot");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("Dovecot is not installed: apt-get install dovecot-imapd (.ci/run does)");
        }
        Path home = dir.resolve("dovecot");
        Files.createDirectories(home.resolve("mail/" + USER + "/new"));
        Files.createDirectories(home.resolve("mail/" + USER + "/cur"));
        Files.createDirectories(home.resolve("mail/" + USER + "/tmp"));
        Files.createDirectories(home.resolve("run"));
        Files.createDirectories(home.resolve("state"));
        Files.writeString(home.resolve("users"), USER + ":{PLAIN}" + PASSWORD + "\n");
        int port = freePort();
        Files.writeString(home.resolve("dovecot.conf"), config(home, port));
        // Every folder up to the test's must be enterable by nobody; the test's own is handed over.
        for (Path p = dir; p != null && p.getParent() != null; p = p.getParent()) {
            p.toFile().setExecutable(true, false);
        }
        run(List.of("chown", "-R", "nobody:nogroup", home.toString()));
        Process process = new ProcessBuilder("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups",
                binary.toString(), "-F", "-c", home.resolve("dovecot.conf").toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("stdout.log").toFile()).start();
        Dovecot dovecot = new Dovecot(home, port, process);
        dovecot.awaitPort(Duration.ofSeconds(20));
        return dovecot;
    }

    public int port() {
        return port;
    }

    /** {@code imap://127.0.0.1:<port>}, for a connector's configuration. */
    public String url() {
        return "imap://127.0.0.1:" + port;
    }

    /** Puts a message in the user's INBOX as a new, unseen mail. */
    public void deliver(String name, byte[] message) throws IOException, InterruptedException {
        Path file = home.resolve("mail/" + USER + "/new/" + System.nanoTime() + "." + name + ".test");
        Files.write(file, message);
        run(List.of("chown", "nobody:nogroup", file.toString()));
    }

    private void awaitPort(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Dovecot stopped at start:\n" + log());
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("Dovecot did not listen on " + port + " within " + timeout + ":\n" + log());
    }

    private String log() throws IOException {
        Path log = home.resolve("dovecot.log");
        return (Files.exists(log) ? Files.readString(log) : "") + Files.readString(home.resolve("stdout.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static String config(Path home, int port) {
        return """
                protocols = imap
                listen = 127.0.0.1
                base_dir = %1$s/run
                state_dir = %1$s/state
                log_path = %1$s/dovecot.log
                ssl = no
                disable_plaintext_auth = no
                auth_mechanisms = plain login
                auth_failure_delay = 0
                mail_location = maildir:%1$s/mail/%%u
                default_login_user = nobody
                default_internal_user = nobody
                default_internal_group = nogroup
                passdb {
                  driver = passwd-file
                  args = scheme=PLAIN username_format=%%u %1$s/users
                }
                userdb {
                  driver = static
                  args = uid=nobody gid=nogroup home=%1$s/mail/%%u
                }
                service imap-login {
                  chroot =
                  inet_listener imap {
                    address = 127.0.0.1
                    port = %2$d
                  }
                  inet_listener imaps {
                    port = 0
                  }
                }
                service anvil {
                  chroot =
                }
                service auth {
                  user = nobody
                }
                service auth-worker {
                  user = nobody
                }
                """.formatted(home, port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }
}
