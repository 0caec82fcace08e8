package dev.hisaab.cli;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import picocli.CommandLine;

/** Builds the picocli command tree inside the Spring context; commands get their collaborators injected. */
@Component
public class HisaabCli {

    private final ApplicationContext context;

    public HisaabCli(ApplicationContext context) {
        this.context = context;
    }

    /** A command line whose commands are created by Spring (constructor injection). */
    public CommandLine commandLine() {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls.getPackageName().startsWith("dev.hisaab")) {
                    return context.getAutowireCapableBeanFactory().createBean(cls);
                }
                return fallback.create(cls);
            }
        };
        CommandLine cmd = new CommandLine(HisaabCommand.class, factory);
        cmd.setExecutionExceptionHandler(new CliExceptionHandler());
        cmd.setExitCodeExceptionMapper(CliExceptionHandler::exitCode);
        return cmd;
    }
}
