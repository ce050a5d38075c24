package org.motive.mail;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Counts and hashes the raw bytes of a message as the parser pulls them, so that an oversized
 * message stops the parse at the limit (never read to the end), and a message without a
 * Message-ID still gets a stable id from its content without being held in memory.
 */
final class LimitedInputStream extends FilterInputStream {

    /** Thrown through the parser when the limit is crossed; MailReader turns it into a MailException. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    private final long limit;
    private final MessageDigest digest;
    private final byte[] skipBuffer = new byte[8192];
    private long count;
    private boolean hashing = true;
    /**
     * The first bytes, kept rather than hashed: most messages name their Message-ID in the header,
     * and then need no hash at all. Hashed once it grows past {@link #UNHASHED_MAX} or a hash is asked for.
     */
    private java.io.ByteArrayOutputStream unhashed = new java.io.ByteArrayOutputStream(8192);
    private static final int UNHASHED_MAX = 64 * 1024;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
            update(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be hashed and counted too, so read them instead.
        int read = read(skipBuffer, 0, (int) Math.min(n, skipBuffer.length));
        return Math.max(read, 0);
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    /** The message has an id of its own: the rest of it need not be hashed. */
    void stopHashing() {
        hashing = false;
        unhashed = null;
    }

    private void update(byte[] bytes, int offset, int length) {
        if (!hashing) {
            return;
        }
        if (unhashed == null) {
            digest.update(bytes, offset, length);
            return;
        }
        unhashed.write(bytes, offset, length);
        if (unhashed.size() > UNHASHED_MAX) {
            hashUnhashed();
        }
    }

    private void hashUnhashed() {
        digest.update(unhashed.toByteArray());
        unhashed = null;
    }

    /** The first 16 bytes of the SHA-256 of everything read, in hex. */
    String hash() {
        if (!hashing) {
            throw new IllegalStateException("hashing was stopped: the message has a Message-ID");
        }
        if (unhashed != null) {
            hashUnhashed();
        }
        byte[] sum = digest.digest();
        StringBuilder hex = new StringBuilder("sha256-");
        for (int i = 0; i < 16; i++) {
            hex.append(Character.forDigit((sum[i] >> 4) & 0xF, 16)).append(Character.forDigit(sum[i] & 0xF, 16));
        }
        return hex.toString();
    }

    private void count(int n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }
}
