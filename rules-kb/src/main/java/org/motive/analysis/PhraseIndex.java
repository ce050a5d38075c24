package org.motive.analysis;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All the phrases of a lexicon in one graph. Each phrase is compiled into its own small graph
 * whose alternatives join again (so "(a|b) (c|d)" costs four edges, not four copies); phrases
 * that begin with the same words share those first steps, as in a trie; an optional group's way
 * round is folded into the node before it. Matching walks the graph from every token of the
 * message; a walk never leaves the sentence and never goes deeper than the longest phrase, so the
 * cost is linear in the length of the message. {@link #write} and {@link #read} keep a frozen
 * graph as ints, for the lexicon image the build makes of the built-in pack.
 */
final class PhraseIndex {

    /** What a phrase stands for: a signal (by index), or an exception to one. */
    record Terminal(int signal, boolean except, String phrase) {
    }

    /** A phrase found in the message, from token {@code first} to token {@code last} inclusive. */
    record Match(Terminal terminal, int first, int last) {
    }

    private static final Node[] NONE = new Node[0];
    private static final int[] NO_IDS = new int[0];
    private static final int UNKNOWN = -1;
    /** Above this many words, a node looks its words up in an array indexed by id. */
    private static final int WIDE = 64;

    private static final class Node {
        /** While phrases are added: the word edges. {@link #freeze} turns them into the two arrays below. */
        Map<String, Node[]> words;
        /** The ids of the words leaving this node, ascending, and where each one leads. */
        int[] wordIds = NO_IDS;
        Node[][] wordTargets;
        /** For a node with many words (the entry node, above all): the targets indexed by word id. */
        Node[][] byId;
        Prefixes prefixes;
        Node[] names = NONE;
        Node[] numbers = NONE;
        Node[] questions = NONE;
        Node[] skips = NONE;
        int[] skipSizes;
        Node[] empty = NONE;
        Terminal[] terminals;
        /**
         * Entered only through one word edge, which makes it safe to share between phrases that
         * begin alike: "i met ..." and "i read ..." walk one "i" node instead of one each.
         */
        boolean shared;
    }

    /** A character trie of the prefixes ({@code rencontr*}) leaving one node. */
    private static final class Prefixes {
        private char[] keys = new char[0];
        private Prefixes[] children = new Prefixes[0];
        Node[] targets = NONE;

        Prefixes child(char c) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == c) {
                    return children[i];
                }
            }
            return null;
        }

        Prefixes add(String prefix) {
            Prefixes p = this;
            for (int k = 0; k < prefix.length(); k++) {
                char c = prefix.charAt(k);
                Prefixes next = p.child(c);
                if (next == null) {
                    next = new Prefixes();
                    p.keys = Arrays.copyOf(p.keys, p.keys.length + 1);
                    p.children = Arrays.copyOf(p.children, p.children.length + 1);
                    p.keys[p.keys.length - 1] = c;
                    p.children[p.children.length - 1] = next;
                }
                p = next;
            }
            return p;
        }
    }

    private final Node root = new Node();
    private final Set<String> notNames;
    /**
     * Every word of the phrases, numbered: a message's tokens are looked up here once each, and
     * the walk compares numbers, not strings.
     */
    private final Map<String, Integer> ids = new HashMap<>();
    private boolean frozen;

    PhraseIndex(Set<String> notNames) {
        this.notNames = notNames;
    }

    void add(List<PhraseSyntax.Item> phrase, Terminal terminal) {
        if (frozen) {
            throw new IllegalStateException("phrases cannot be added once matching has begun");
        }
        Node end = new Node();
        end.terminals = new Terminal[] {terminal};
        connect(phrase, root, end);
    }

    /** Links {@code from} to {@code to} through the items of a sequence, with fresh nodes between. */
    private static void connect(List<PhraseSyntax.Item> sequence, Node from, Node to) {
        if (sequence.isEmpty()) {
            from.empty = append(from.empty, to);
            return;
        }
        Node current = from;
        for (int i = 0; i < sequence.size(); i++) {
            PhraseSyntax.Item item = sequence.get(i);
            if (i < sequence.size() - 1 && item instanceof PhraseSyntax.Token token
                    && token.kind() == PhraseSyntax.Token.Kind.WORD) {
                current = sharedStep(current, token.text());
                continue;
            }
            Node next = i == sequence.size() - 1 ? to : new Node();
            link(item, current, next);
            current = next;
        }
    }

    /**
     * The node after {@code word} from {@code from}, shared with the phrases that went the same
     * way: such a node is entered by this one edge only, so every path through it is a path of
     * each phrase that shares it, and the graph accepts exactly the phrases added to it.
     */
    private static Node sharedStep(Node from, String word) {
        if (from.words == null) {
            from.words = new HashMap<>(4);
        }
        Node[] targets = from.words.get(word);
        if (targets != null) {
            for (Node target : targets) {
                if (target.shared) {
                    return target;
                }
            }
        }
        Node next = new Node();
        next.shared = true;
        from.words.put(word, targets == null ? new Node[] {next} : append(targets, next));
        return next;
    }

    private static void link(PhraseSyntax.Item item, Node from, Node to) {
        if (item instanceof PhraseSyntax.Group group) {
            for (List<PhraseSyntax.Item> alternative : group.alternatives()) {
                connect(alternative, from, to);
            }
            if (group.optional()) {
                from.empty = append(from.empty, to);
            }
        } else if (item instanceof PhraseSyntax.Gap gap) {
            from.skips = append(from.skips, to);
            from.skipSizes = from.skipSizes == null ? new int[] {gap.size()}
                    : appendInt(from.skipSizes, gap.size());
        } else {
            PhraseSyntax.Token token = (PhraseSyntax.Token) item;
            switch (token.kind()) {
                case WORD -> {
                    if (from.words == null) {
                        from.words = new HashMap<>(4);
                    }
                    from.words.merge(token.text(), new Node[] {to}, PhraseIndex::concat);
                }
                case PREFIX -> {
                    if (from.prefixes == null) {
                        from.prefixes = new Prefixes();
                    }
                    Prefixes leaf = from.prefixes.add(token.text());
                    leaf.targets = append(leaf.targets, to);
                }
                case NAME -> from.names = append(from.names, to);
                case NUM -> from.numbers = append(from.numbers, to);
                case QUESTION -> from.questions = append(from.questions, to);
            }
        }
    }

    /** Ends the adding of phrases: numbers the words and turns every node's word edges into arrays. */
    PhraseIndex freeze() {
        if (frozen) {
            return this;
        }
        removeEmptyEdges(root, identitySet());
        List<Node> pending = new ArrayList<>();
        Set<Node> seen = identitySet();
        pending.add(root);
        seen.add(root);
        List<Node> wide = new ArrayList<>();
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            for (Node next : successors(node)) {
                if (seen.add(next)) {
                    pending.add(next);
                }
            }
            if (node.words != null) {
                List<Map.Entry<Integer, Node[]>> edges = new ArrayList<>(node.words.size());
                node.words.forEach((word, targets) ->
                        edges.add(Map.entry(ids.computeIfAbsent(word, w -> ids.size()), targets)));
                edges.sort(Map.Entry.comparingByKey());
                node.wordIds = new int[edges.size()];
                node.wordTargets = new Node[edges.size()][];
                for (int i = 0; i < edges.size(); i++) {
                    node.wordIds[i] = edges.get(i).getKey();
                    node.wordTargets[i] = edges.get(i).getValue();
                }
                node.words = null;
                if (edges.size() > WIDE) {
                    wide.add(node);
                }
            }
        }
        wide.forEach(this::indexById);
        frozen = true;
        return this;
    }

    private static Set<Node> identitySet() {
        return java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    }

    /**
     * Gives each node the edges and terminals of the nodes its empty edges lead to (an optional
     * group's way round), then drops the empty edges: the walk then takes one step where it took
     * two, and accepts the same phrases. Targets first, so that what is copied is already complete.
     */
    private static void removeEmptyEdges(Node node, Set<Node> done) {
        if (!done.add(node)) {
            return;
        }
        for (Node next : successors(node)) {
            removeEmptyEdges(next, done);
        }
        for (Node target : node.empty) {
            if (target.terminals != null) {
                node.terminals = node.terminals == null ? target.terminals.clone() : union(node.terminals, target.terminals);
            }
            if (target.words != null) {
                if (node.words == null) {
                    node.words = new HashMap<>(target.words.size() * 2);
                }
                target.words.forEach((word, targets) -> node.words.merge(word, targets, PhraseIndex::union));
            }
            if (target.prefixes != null) {
                if (node.prefixes == null) {
                    node.prefixes = new Prefixes();
                }
                mergePrefixes(node.prefixes, target.prefixes, new StringBuilder());
            }
            node.names = union(node.names, target.names);
            node.numbers = union(node.numbers, target.numbers);
            node.questions = union(node.questions, target.questions);
            for (int g = 0; g < target.skips.length; g++) {
                node.skips = append(node.skips, target.skips[g]);
                node.skipSizes = node.skipSizes == null ? new int[] {target.skipSizes[g]}
                        : appendInt(node.skipSizes, target.skipSizes[g]);
            }
        }
        node.empty = NONE;
    }

    private static void mergePrefixes(Prefixes into, Prefixes from, StringBuilder path) {
        if (from.targets.length > 0) {
            Prefixes leaf = into.add(path.toString());
            leaf.targets = union(leaf.targets, from.targets);
        }
        for (int i = 0; i < from.keys.length; i++) {
            path.append(from.keys[i]);
            mergePrefixes(into, from.children[i], path);
            path.setLength(path.length() - 1);
        }
    }

    /** {@code a} and then those of {@code b} not already in it (by identity). */
    private static <T> T[] union(T[] a, T[] b) {
        T[] out = a;
        for (T item : b) {
            boolean present = false;
            for (T existing : out) {
                present |= existing == item;
            }
            if (!present) {
                out = Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = item;
            }
        }
        return out;
    }

    private void indexById(Node node) {
        node.byId = new Node[ids.size()][];
        for (int i = 0; i < node.wordIds.length; i++) {
            node.byId[node.wordIds[i]] = node.wordTargets[i];
        }
    }

    /**
     * Writes the graph, once frozen, as a list of ints: for each node (depth first, the entry
     * first), its terminals, word edges, prefix trie, names, numbers, questions and gaps, every
     * target by its number. {@link #read} builds the same nodes again without parsing a phrase.
     */
    void write(DataOutputStream out) throws IOException {
        freeze();
        Map<Node, Integer> number = new IdentityHashMap<>();
        List<Node> order = new ArrayList<>();
        List<Node> pending = new ArrayList<>(List.of(root));
        while (!pending.isEmpty()) {
            Node node = pending.remove(pending.size() - 1);
            if (number.putIfAbsent(node, order.size()) == null) {
                order.add(node);
                List<Node> next = successors(node);
                for (int k = next.size() - 1; k >= 0; k--) {
                    pending.add(next.get(k));
                }
            }
        }
        Map<Terminal, Integer> terminals = new LinkedHashMap<>();
        IntList ints = new IntList();
        ints.add(order.size());
        for (Node node : order) {
            Terminal[] own = node.terminals == null ? new Terminal[0] : node.terminals;
            ints.add(own.length);
            for (Terminal terminal : own) {
                ints.add(terminals.computeIfAbsent(terminal, t -> terminals.size()));
            }
            ints.add(node.wordIds.length);
            for (int e = 0; e < node.wordIds.length; e++) {
                ints.add(node.wordIds[e]);
                ints.addNodes(node.wordTargets[e], number);
            }
            writeTrie(node.prefixes, ints, number);
            ints.addNodes(node.names, number);
            ints.addNodes(node.numbers, number);
            ints.addNodes(node.questions, number);
            ints.add(node.skips.length);
            for (int g = 0; g < node.skips.length; g++) {
                ints.add(number.get(node.skips[g]));
                ints.add(node.skipSizes[g]);
            }
        }
        String[] words = new String[ids.size()];
        ids.forEach((word, id) -> words[id] = word);
        LexiconImage.writeStrings(out, Arrays.asList(words));
        out.writeInt(terminals.size());
        for (Terminal terminal : terminals.keySet()) {
            out.writeInt(terminal.signal());
            out.writeBoolean(terminal.except());
            out.writeUTF(terminal.phrase());
        }
        int[] values = ints.toArray();
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        out.writeInt(values.length);
        out.write(buffer.array());
    }

    private static void writeTrie(Prefixes p, IntList ints, Map<Node, Integer> number) {
        if (p == null) {
            ints.add(-1);
            return;
        }
        ints.add(p.keys.length);
        for (int c = 0; c < p.keys.length; c++) {
            ints.add(p.keys[c]);
            writeTrie(p.children[c], ints, number);
        }
        ints.addNodes(p.targets, number);
    }

    /** The graph that {@link #write} wrote, frozen and ready to match. */
    static PhraseIndex read(DataInputStream in, Set<String> notNames) throws IOException {
        PhraseIndex index = new PhraseIndex(notNames);
        List<String> words = LexiconImage.readStrings(in);
        for (int i = 0; i < words.size(); i++) {
            index.ids.put(words.get(i), i);
        }
        Terminal[] terminals = new Terminal[in.readInt()];
        for (int i = 0; i < terminals.length; i++) {
            terminals[i] = new Terminal(in.readInt(), in.readBoolean(), in.readUTF());
        }
        byte[] bytes = new byte[in.readInt() * Integer.BYTES];
        in.readFully(bytes);
        IntBuffer ints = ByteBuffer.wrap(bytes).asIntBuffer();
        Node[] nodes = new Node[ints.get()];
        nodes[0] = index.root;
        for (int i = 1; i < nodes.length; i++) {
            nodes[i] = new Node();
        }
        for (Node node : nodes) {
            int count = ints.get();
            if (count > 0) {
                node.terminals = new Terminal[count];
                for (int k = 0; k < count; k++) {
                    node.terminals[k] = terminals[ints.get()];
                }
            }
            int edges = ints.get();
            node.wordIds = new int[edges];
            node.wordTargets = new Node[edges][];
            for (int e = 0; e < edges; e++) {
                node.wordIds[e] = ints.get();
                node.wordTargets[e] = readNodes(ints, nodes);
            }
            if (edges > WIDE) {
                index.indexById(node);
            }
            node.prefixes = readTrie(ints, nodes);
            node.names = readNodes(ints, nodes);
            node.numbers = readNodes(ints, nodes);
            node.questions = readNodes(ints, nodes);
            int skips = ints.get();
            node.skips = new Node[skips];
            node.skipSizes = new int[skips];
            for (int g = 0; g < skips; g++) {
                node.skips[g] = nodes[ints.get()];
                node.skipSizes[g] = ints.get();
            }
        }
        index.frozen = true;
        return index;
    }

    private static Prefixes readTrie(IntBuffer ints, Node[] nodes) {
        int keys = ints.get();
        if (keys < 0) {
            return null;
        }
        Prefixes p = new Prefixes();
        p.keys = new char[keys];
        p.children = new Prefixes[keys];
        for (int c = 0; c < keys; c++) {
            p.keys[c] = (char) ints.get();
            p.children[c] = readTrie(ints, nodes);
        }
        p.targets = readNodes(ints, nodes);
        return p;
    }

    private static Node[] readNodes(IntBuffer ints, Node[] nodes) {
        int count = ints.get();
        if (count == 0) {
            return NONE;
        }
        Node[] out = new Node[count];
        for (int k = 0; k < count; k++) {
            out[k] = nodes[ints.get()];
        }
        return out;
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values = new int[4096];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void addNodes(Node[] nodes, Map<Node, Integer> number) {
            add(nodes.length);
            for (Node node : nodes) {
                add(number.get(node));
            }
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    private static List<Node> successors(Node node) {
        List<Node> out = new ArrayList<>();
        if (node.words != null) {
            node.words.values().forEach(targets -> out.addAll(Arrays.asList(targets)));
        }
        if (node.wordTargets != null) {
            for (Node[] targets : node.wordTargets) {
                out.addAll(Arrays.asList(targets));
            }
        }
        if (node.prefixes != null) {
            List<Prefixes> tries = new ArrayList<>(List.of(node.prefixes));
            while (!tries.isEmpty()) {
                Prefixes p = tries.remove(tries.size() - 1);
                out.addAll(Arrays.asList(p.targets));
                tries.addAll(Arrays.asList(p.children));
            }
        }
        for (Node[] targets : new Node[][] {node.names, node.numbers, node.questions, node.skips, node.empty}) {
            out.addAll(Arrays.asList(targets));
        }
        return out;
    }

    /** Every match in the tokens, in no particular order (duplicates possible). */
    List<Match> match(Tokens tokens) {
        freeze();
        int[] tokenIds = new int[tokens.size];
        for (int i = 0; i < tokens.size; i++) {
            tokenIds[i] = ids.getOrDefault(tokens.norm[i], UNKNOWN);
        }
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size; i++) {
            step(tokens, tokenIds, i, i, root, out);
        }
        return out;
    }

    /** Arrived at {@code node} with tokens {@code first..j-1} read. */
    private void step(Tokens t, int[] tokenIds, int first, int j, Node node, List<Match> out) {
        if (node.terminals != null && j > first) {
            for (Terminal terminal : node.terminals) {
                out.add(new Match(terminal, first, j - 1));
            }
        }
        for (Node next : node.empty) {
            step(t, tokenIds, first, j, next, out);
        }
        if (node.questions.length > 0 && j > first && t.questionAfter(j - 1)) {
            for (Node next : node.questions) {
                step(t, tokenIds, first, j, next, out);
            }
        }
        for (int g = 0; g < node.skips.length; g++) {
            for (int skip = 0; skip <= node.skipSizes[g]; skip++) {
                int k = j + skip;
                if (skip > 0 && (k - 1 >= t.size || t.sentence[k - 1] != t.sentence[first])) {
                    break;
                }
                step(t, tokenIds, first, k, node.skips[g], out);
            }
        }
        consume(t, tokenIds, first, j, node, out);
    }

    /** Follows the edges of {@code node} that accept token {@code j}. */
    private void consume(Tokens t, int[] tokenIds, int first, int j, Node node, List<Match> out) {
        if (j >= t.size || t.sentence[j] != t.sentence[first]) {
            return;
        }
        String token = t.norm[j];
        Node[] next = tokenIds[j] == UNKNOWN ? null : targets(node, tokenIds[j]);
        if (next != null) {
            for (Node n : next) {
                step(t, tokenIds, first, j + 1, n, out);
            }
        }
        if (node.prefixes != null) {
            // Walk the token's characters down the character trie of the prefixes: every prefix
            // of the token that a phrase names is found in one pass, without allocating.
            Prefixes p = node.prefixes;
            for (int k = 0; k < token.length() && p != null; k++) {
                p = p.child(token.charAt(k));
                if (p != null) {
                    for (Node n : p.targets) {
                        step(t, tokenIds, first, j + 1, n, out);
                    }
                }
            }
        }
        if (node.names.length > 0 && t.capital[j] && t.word[j] && !t.firstOfSentence(j) && !notNames.contains(token)) {
            for (Node n : node.names) {
                step(t, tokenIds, first, j + 1, n, out);
            }
        }
        if (node.numbers.length > 0 && isNumber(token)) {
            for (Node n : node.numbers) {
                step(t, tokenIds, first, j + 1, n, out);
            }
        }
    }

    private static Node[] targets(Node node, int id) {
        if (node.byId != null) {
            return node.byId[id];
        }
        int[] keys = node.wordIds;
        if (keys.length <= 8) {
            for (int k = 0; k < keys.length; k++) {
                if (keys[k] == id) {
                    return node.wordTargets[k];
                }
            }
            return null;
        }
        int k = Arrays.binarySearch(keys, id);
        return k >= 0 ? node.wordTargets[k] : null;
    }

    private static boolean isNumber(String token) {
        for (int k = 0; k < token.length(); k++) {
            if (!Character.isDigit(token.charAt(k))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    private static Node[] append(Node[] nodes, Node node) {
        Node[] out = Arrays.copyOf(nodes, nodes.length + 1);
        out[nodes.length] = node;
        return out;
    }

    private static int[] appendInt(int[] values, int value) {
        int[] out = Arrays.copyOf(values, values.length + 1);
        out[values.length] = value;
        return out;
    }

    private static Node[] concat(Node[] a, Node[] b) {
        Node[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
