package dev.hisaab.source.jdbc;

import dev.hisaab.database.DatabaseLogin;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/**
 * The {@code jdbc} source type: the rows of a live table or query, read in a read-only transaction through a
 * server-side cursor ({@code fetch-size} rows at a time), so a table of any size streams in bounded memory. Sources of
 * this type have no {@code path}.
 */
@Component
public class JdbcSourceFormat implements SourceFormat<JdbcOptions> {

    @Override
    public String type() {
        return "jdbc";
    }

    @Override
    public Class<JdbcOptions> optionsType() {
        return JdbcOptions.class;
    }

    @Override
    public boolean readsFile() {
        return false;
    }

    @Override
    public String inputName(JdbcOptions options) {
        return options.inputName();
    }

    @Override
    public RecordReader open(InputSource input, JdbcOptions options) throws IOException {
        DatabaseLogin login = DatabaseLogin.resolve(options.user(),
                options.passwordFile() == null ? null : Path.of(options.passwordFile()), options.passwordEnv(),
                System.getenv());
        Connection connection;
        try {
            connection = login.connect(options.databaseUrl());
        } catch (SQLException e) {
            throw new IOException("cannot connect to " + options.databaseUrl().masked() + " for " + input.name() + ": "
                    + dev.hisaab.database.DatabaseUrl.mask(e.getMessage()), e);
        }
        return JdbcRecordReader.open(input, options, connection);
    }
}
