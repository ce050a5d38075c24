package org.motive.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version written in the jar's manifest when the jar is built. */
final class MotiveVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = MotiveVersion.class.getPackage().getImplementationVersion();
        return new String[] {"motive " + (version == null ? "(not packaged)" : version)};
    }
}
