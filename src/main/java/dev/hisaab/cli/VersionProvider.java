package dev.hisaab.cli;

import picocli.CommandLine;

/** The tool version, from the jar's manifest (or "dev" when run from classes). */
public class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"hisaab " + (v == null ? "dev" : v)};
    }
}
