package dev.hisaab.definition;

import java.nio.file.Path;

/** A job file that cannot be used: names the file, the property path and what is wrong, in one line. */
public class DefinitionException extends RuntimeException {

    private final transient Path file;
    private final String property;
    private final String problem;

    public DefinitionException(Path file, String property, String problem) {
        super(file + ": " + (property == null || property.isEmpty() ? "" : property + ": ") + problem);
        this.file = file;
        this.property = property;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public String property() {
        return property;
    }

    public String problem() {
        return problem;
    }
}
