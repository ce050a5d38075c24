package org.motive.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled rules of a pack, ready to fire. Loading reads the generated classes of an
 * executable-model KieModule straight from its bytes (no XML, no repository), so the built-in pack
 * loads in a fraction of a second. Thread-safe: every {@link #fire} uses its own session.
 */
public final class RuleBase {

    private static final String MODEL_FILE = "/drools-model";

    private final KieSessionsPool sessions;
    private final Map<String, RuleInfo> rulesBySource;
    private final Map<Rule, String> idsByRule;

    private RuleBase(KieBase kieBase) {
        // Sessions are reset and reused rather than built for each request: building one allocates
        // the memory of every node of the network, which costs more than deciding.
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        Map<String, RuleInfo> rules = new TreeMap<>();
        Map<Rule, String> ids = new IdentityHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleInfo info = describe(rule);
                rules.put(source(rule), info);
                ids.put(rule, info.id());
            }
        }
        this.idsByRule = ids;
        this.rulesBySource = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /** Loads the rules from the bytes that {@link RuleCompiler#compile} produced. */
    public static RuleBase load(byte[] kieModule) {
        Map<String, byte[]> entries = unzip(kieModule);
        String modelFile = entries.keySet().stream().filter(name -> name.endsWith(MODEL_FILE)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an executable-model KieModule: no drools-model"));
        List<String> modelClasses = new String(entries.get(modelFile), StandardCharsets.UTF_8).lines()
                .skip(1) // the first line is the model version
                .map(String::strip).filter(line -> !line.isEmpty()).toList();
        ClassLoader loader = new GeneratedClassLoader(entries, RuleBase.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        for (String className : modelClasses) {
            try {
                models.add((Model) loader.loadClass(className).getConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot load the generated rule model " + className, e);
            }
        }
        return new RuleBase(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** The version the rules were compiled under (see {@link RuleCompiler#compile}), or null. */
    public static String versionOf(byte[] kieModule) {
        for (Map.Entry<String, byte[]> entry : unzip(kieModule).entrySet()) {
            if (entry.getKey().startsWith("META-INF/maven/") && entry.getKey().endsWith("/pom.properties")) {
                Properties properties = new Properties();
                try {
                    properties.load(new ByteArrayInputStream(entry.getValue()));
                } catch (IOException e) {
                    return null;
                }
                return properties.getProperty("version");
            }
        }
        return null;
    }

    /** Every rule of the pack with its metadata, in the order of their package and name. */
    public Collection<RuleInfo> rules() {
        return rulesBySource.values();
    }

    /** Inserts the facts, fires every rule that matches, and says which fired. */
    public Firing fire(Collection<?> facts) {
        KieSession session = sessions.newKieSession();
        List<String> fired = new ArrayList<>();
        AgendaEventListener listener = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(id(event.getMatch().getRule()));
            }
        };
        session.addEventListener(listener);
        try {
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.fireAllRules();
            String row = null;
            for (Object matched : session.getObjects(new ClassObjectFilter(RowMatched.class))) {
                row = ((RowMatched) matched).id();
            }
            return new Firing(fired, row);
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }

    /** The @id of a rule; the rule objects of the base are keys of their own, by identity. */
    private String id(Rule rule) {
        String id = idsByRule.get(rule);
        return id != null ? id : rulesBySource.get(source(rule)).id();
    }

    private static String source(Rule rule) {
        return rule.getPackageName() + "/" + rule.getName();
    }

    private static RuleInfo describe(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        String evidence = text(meta.get("evidenceFrom"));
        List<String> evidenceFrom = evidence == null || evidence.isBlank() ? List.of()
                : Arrays.stream(evidence.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new RuleInfo(source(rule), id, text(meta.get("title")), evidenceFrom);
    }

    /** Metadata values of the executable model keep the quotes of the DRL literal. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return s;
    }

    private static Map<String, byte[]> unzip(byte[] bytes) {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled rules", e);
        }
        return entries;
    }

    /** Defines the generated classes of one module; the facts come from the parent, shared with the caller. */
    private static final class GeneratedClassLoader extends ClassLoader {
        private final Map<String, byte[]> entries;

        GeneratedClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
