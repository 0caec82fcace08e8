package dev.hisaab.support;

import dev.hisaab.cli.HisaabCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the real command tree in-process with captured stdout/stderr, as an operator would from a shell. */
public final class CliHarness {

    private final HisaabCli cli;

    public CliHarness(HisaabCli cli) {
        this.cli = cli;
    }

    /** Exit code and captured output of one command. */
    public record Result(int exitCode, String out, String err) {
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = cli.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new Result(code, out.toString(), err.toString());
    }
}
