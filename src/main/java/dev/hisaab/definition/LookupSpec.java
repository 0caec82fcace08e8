package dev.hisaab.definition;

import java.util.Map;

/**
 * A value lookup through a small table read from a {@code lookup} source, e.g. district name to district code.
 * {@code aliases} first rename old values (Allahabad to Prayagraj); matching ignores case and surrounding spaces.
 */
public record LookupSpec(String source, String key, String value, Map<String, String> aliases) {

    public LookupSpec {
        aliases = aliases == null ? Map.of() : Map.copyOf(aliases);
    }
}
