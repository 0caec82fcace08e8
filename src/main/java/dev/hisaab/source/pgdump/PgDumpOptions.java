package dev.hisaab.source.pgdump;

/**
 * Options of a {@code pgdump} source: the table whose rows to read. An unqualified name ({@code applications})
 * matches that table in any schema; a qualified one ({@code public.applications}, {@code public."Invoice"}) must
 * match the schema too. Names compare as in PostgreSQL: unquoted parts fold to lower case, quoted parts keep case.
 */
public record PgDumpOptions(String table) {

    public PgDumpOptions {
        TableName.parse(table);
    }

    TableName tableName() {
        return TableName.parse(table);
    }
}
