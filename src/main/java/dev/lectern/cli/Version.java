package dev.lectern.cli;

import picocli.CommandLine.IVersionProvider;

/** The version line, taken from the jar's manifest when there is one. */
final class Version implements IVersionProvider {
    static final String FALLBACK = "0.1.0";

    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"Lectern " + (v != null ? v : FALLBACK)};
    }
}
