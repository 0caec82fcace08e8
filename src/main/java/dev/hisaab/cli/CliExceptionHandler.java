package dev.hisaab.cli;

import dev.hisaab.definition.DefinitionException;
import dev.hisaab.job.RestartRefusedException;
import dev.hisaab.report.AccountingException;
import dev.hisaab.stage.TooManyRejectsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns any exception that reaches the command line into one line on stderr and an exit code; the stack trace only
 * with {@code --stacktrace}.
 */
public class CliExceptionHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        boolean trace = parseResult.originalArgs().contains("--stacktrace");
        cmd.getErr().println("hisaab: " + message(ex));
        if (trace) {
            ex.printStackTrace(cmd.getErr());
        }
        cmd.getErr().flush();
        return exitCode(ex);
    }

    static String message(Throwable ex) {
        String m = ex.getMessage();
        if (ex instanceof java.nio.file.NoSuchFileException) {
            return "file not found: " + m;
        }
        return m == null ? ex.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    /** The exit code for a failure cause. */
    public static int exitCode(Throwable ex) {
        if (ex instanceof DefinitionException || ex instanceof RestartRefusedException
                || ex instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        if (ex instanceof TooManyRejectsException || ex instanceof IOException || ex instanceof UncheckedIOException) {
            return ExitCodes.INPUT;
        }
        if (ex instanceof AccountingException) {
            return ExitCodes.FAILED;
        }
        return ExitCodes.FAILED;
    }
}
