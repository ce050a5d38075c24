package org.motive.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL sources into a KieModule of the executable model and returns its bytes (a jar of
 * generated classes), which {@link RuleBase#load(byte[])} turns into a rule base. The same path
 * serves the built-in pack at build time and a user's pack at run time.
 */
public final class RuleCompiler {

    private static final String GROUP = "org.motive.pack";

    private RuleCompiler() {
    }

    /**
     * @param sources  DRL text by pack-relative path ({@code rules/derived.drl})
     * @param artifact a name for the module, e.g. the pack name
     * @param version  the rules version, so that modules of different packs never share names
     */
    public static byte[] compile(Map<String, String> sources, String artifact, String version)
            throws RuleCompileException {
        KieServices services = KieServices.get();
        ReleaseId releaseId = services.newReleaseId(GROUP, sanitise(artifact), sanitise(version));
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.forEach((path, drl) -> files.write("src/main/resources/" + path, drl));
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        try {
            List<String> errors = new ArrayList<>();
            for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
                errors.add(describe(message));
            }
            if (!errors.isEmpty()) {
                throw new RuleCompileException(errors);
            }
            return ((InternalKieModule) builder.getKieModule()).getBytes();
        } finally {
            // The builder registers the module in the process-wide repository; the bytes are all we
            // keep, so leave nothing behind when packs are reloaded many times.
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static String describe(Message message) {
        String path = message.getPath() == null ? "rules" : message.getPath().replaceFirst("^src/main/resources/", "");
        String line = message.getLine() > 0 ? ":" + message.getLine()
                + (message.getColumn() > 0 ? ":" + message.getColumn() : "") : "";
        return path + line + ": " + message.getText().strip();
    }

    private static String sanitise(String text) {
        String cleaned = text.replaceAll("[^A-Za-z0-9._-]", "-");
        return cleaned.isEmpty() ? "pack" : cleaned;
    }
}
