package dev.hisaab.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchDataSourceScriptDatabaseInitializer;
import org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Creates Spring Batch's tables in the work database only when one of them is missing. Spring Boot's own initializer
 * (with {@code initialize-schema: always}) runs the schema script on every start and lets each {@code CREATE} of an
 * existing table fail: on H2 every such failure is written, with its stack trace, to {@code repository.trace.db},
 * which then grew by about ten exceptions a run, and the failures cost every start time of its own. This bean takes
 * the place of Boot's (which backs off when one exists) and keeps its settings: the platform's script,
 * {@code continue-on-error} for a database where some of the tables exist.
 */
@Configuration(proxyBeanMethods = false)
public class BatchSchema {

    /** Spring Batch's tables, as its schema script creates them. */
    static final List<String> TABLES = List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION",
            "BATCH_JOB_EXECUTION_PARAMS", "BATCH_STEP_EXECUTION", "BATCH_STEP_EXECUTION_CONTEXT",
            "BATCH_JOB_EXECUTION_CONTEXT");

    @Bean
    BatchDataSourceScriptDatabaseInitializer batchDataSourceInitializer(DataSource dataSource,
                                                                        BatchJdbcProperties properties) {
        return new BatchDataSourceScriptDatabaseInitializer(dataSource, properties) {
            @Override
            public boolean initializeDatabase() {
                return !complete(dataSource) && super.initializeDatabase();
            }
        };
    }

    /** Whether every Batch table exists in the schema the connection works in (any letter case). */
    static boolean complete(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String schema = connection.getSchema();
            for (String table : TABLES) {
                if (!exists(meta, schema, table) && !exists(meta, schema, table.toLowerCase(Locale.ROOT))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("cannot read the work database's tables: " + e.getMessage(),
                    e);
        }
    }

    private static boolean exists(DatabaseMetaData meta, String schema, String table) throws SQLException {
        try (ResultSet tables = meta.getTables(null, schema, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
