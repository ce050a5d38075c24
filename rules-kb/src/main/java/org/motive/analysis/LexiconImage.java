package org.motive.analysis;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The lexicons of a pack compiled ahead of time, as the build does for the built-in pack: their
 * word sets and phrase graphs written as plain arrays, under the digest of the pack files they
 * came from. Reading one back parses no YAML and no phrase, which is most of what loading a
 * lexicon costs in a JVM that has just started.
 */
public final class LexiconImage {

    private static final int FORMAT = 1;

    private LexiconImage() {
    }

    /** The image of {@code lexicons}, compiled from the pack files of digest {@code digest}. */
    public static byte[] write(List<Lexicon> lexicons, String digest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(digest);
            out.writeInt(lexicons.size());
            for (Lexicon lexicon : lexicons) {
                out.writeUTF(lexicon.language());
                out.writeUTF(lexicon.name());
                writeStrings(out, lexicon.stopwords);
                writeStrings(out, lexicon.clauseBreaks);
                writeStrings(out, lexicon.filler);
                for (Lexicon.Cues cues : List.of(lexicon.formalCues, lexicon.informalCues)) {
                    writeStrings(out, cues.exact());
                    writeStrings(out, cues.normalized());
                }
                out.writeInt(lexicon.negatable.length);
                for (boolean negatable : lexicon.negatable) {
                    out.writeBoolean(negatable);
                }
                lexicon.phrases.write(out);
                lexicon.cues.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The lexicons of an image, or null when it was compiled from other files than those of
     * {@code digest} (or by another version of Motive): then the lexicons must be parsed.
     */
    public static List<Lexicon> read(byte[] image, String digest) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(image))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(digest)) {
                return null;
            }
            int count = in.readInt();
            List<Lexicon> lexicons = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                String language = in.readUTF();
                String name = in.readUTF();
                Set<String> stopwords = Set.copyOf(readStrings(in));
                Set<String> clauseBreaks = Set.copyOf(readStrings(in));
                Set<String> filler = Set.copyOf(readStrings(in));
                Lexicon.Cues formal = new Lexicon.Cues(Set.copyOf(readStrings(in)), Set.copyOf(readStrings(in)));
                Lexicon.Cues informal = new Lexicon.Cues(Set.copyOf(readStrings(in)), Set.copyOf(readStrings(in)));
                boolean[] negatable = new boolean[in.readInt()];
                for (int k = 0; k < negatable.length; k++) {
                    negatable[k] = in.readBoolean();
                }
                PhraseIndex phrases = PhraseIndex.read(in, stopwords);
                PhraseIndex cues = PhraseIndex.read(in, Set.of());
                lexicons.add(new Lexicon(language, name, stopwords, clauseBreaks, filler, formal, informal, phrases,
                        cues, negatable));
            }
            return List.copyOf(lexicons);
        } catch (IOException | RuntimeException e) {
            // A damaged image is no worse than a missing one: the lexicons are parsed instead.
            return null;
        }
    }

    static void writeStrings(DataOutputStream out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            out.writeUTF(s);
        }
    }

    static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            strings.add(in.readUTF());
        }
        return strings;
    }
}
