package dev.hisaab.cli;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Executes the command line once the context is up; off in tests, which drive {@link HisaabCli} themselves. */
@Component
@ConditionalOnProperty(name = "hisaab.cli.enabled", havingValue = "true", matchIfMissing = true)
public class HisaabCliRunner implements CommandLineRunner, ExitCodeGenerator {

    private final HisaabCli cli;
    private int exitCode;

    public HisaabCliRunner(HisaabCli cli) {
        this.cli = cli;
    }

    @Override
    public void run(String... args) {
        exitCode = cli.commandLine().execute(args);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
