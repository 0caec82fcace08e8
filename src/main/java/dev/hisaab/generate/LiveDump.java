package dev.hisaab.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes live.sql: the new schema ({@code public.district}, {@code public.connection_application}) as pg_dump
 * {@code --column-inserts --rows-per-insert=50} writes it, district rows first, application rows as they come.
 */
final class LiveDump implements Closeable {

    static final String FILE = "live.sql";
    private static final int ROWS_PER_INSERT = 50;
    private static final String INSERT = "INSERT INTO public.connection_application (application_no, applicant_name, "
            + "mobile_no, district_code, category_code, status, sanctioned_load_kw, address, submitted_on, fee_paid, "
            + "source) VALUES";

    private final BufferedWriter out;
    private final String key;
    private long rows;

    LiveDump(Path directory, long seed) throws IOException {
        this.out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
        this.key = DumpText.restrictKey(seed, 2);
        out.write(DumpText.header(key, "16.6 (Debian 16.6-1.pgdg120+1)"));
        out.write(DumpText.section("district", "TABLE"));
        out.write("""
                CREATE TABLE public.district (
                    code character varying(3) NOT NULL,
                    name text NOT NULL
                );


                """);
        out.write(DumpText.section("connection_application", "TABLE"));
        out.write("""
                CREATE TABLE public.connection_application (
                    application_no character varying(12) NOT NULL,
                    applicant_name text NOT NULL,
                    mobile_no character varying(10) NOT NULL,
                    district_code character varying(3),
                    category_code character varying(6),
                    status character varying(24) NOT NULL,
                    sanctioned_load_kw numeric(6,2),
                    address text,
                    submitted_on timestamp with time zone NOT NULL,
                    fee_paid boolean DEFAULT false NOT NULL,
                    source character varying(16) DEFAULT 'PORTAL'::character varying NOT NULL
                );


                """);
        out.write(DumpText.dataSection("district"));
        out.write("INSERT INTO public.district (code, name) VALUES");
        District[] districts = District.values();
        for (int i = 0; i < districts.length; i++) {
            out.write(i == 0 ? "\n\t(" : ",\n\t(");
            out.write(DumpText.literal(districts[i].code()) + ", " + DumpText.literal(districts[i].currentName()) + ")");
        }
        out.write(";\n\n\n");
        out.write(DumpText.dataSection("connection_application"));
    }

    void row(Application app, boolean feePaid) throws IOException {
        out.write(rows % ROWS_PER_INSERT == 0 ? (rows == 0 ? "" : ";\n") + INSERT + "\n\t(" : ",\n\t(");
        out.write(DumpText.literal(app.number()));
        out.write(", ");
        out.write(DumpText.literal(app.name()));
        out.write(", ");
        out.write(DumpText.literal(app.mobile()));
        out.write(", ");
        out.write(DumpText.literal(app.district().code()));
        out.write(", ");
        out.write(DumpText.literal(app.category().code()));
        out.write(", ");
        out.write(DumpText.literal(app.status().newName()));
        out.write(", ");
        out.write(app.loadText());
        out.write(", ");
        out.write(DumpText.literal(app.address()));
        out.write(", ");
        out.write(DumpText.literal(DumpText.timestamp(app.submittedAt())));
        out.write(", ");
        out.write(feePaid ? "true" : "false");
        out.write(", 'PORTAL')");
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try {
            out.write(rows == 0 ? "\n\n" : ";\n\n\n");
            constraint("connection_application connection_application_pkey",
                    "ALTER TABLE ONLY public.connection_application\n"
                            + "    ADD CONSTRAINT connection_application_pkey PRIMARY KEY (application_no);");
            constraint("district district_name_key",
                    "ALTER TABLE ONLY public.district\n    ADD CONSTRAINT district_name_key UNIQUE (name);");
            constraint("district district_pkey",
                    "ALTER TABLE ONLY public.district\n    ADD CONSTRAINT district_pkey PRIMARY KEY (code);");
            constraint("connection_application connection_application_district_code_fkey",
                    "ALTER TABLE ONLY public.connection_application\n    ADD CONSTRAINT "
                            + "connection_application_district_code_fkey FOREIGN KEY (district_code) "
                            + "REFERENCES public.district(code);");
            out.write(DumpText.footer(key));
        } finally {
            out.close();
        }
    }

    private void constraint(String name, String sql) throws IOException {
        out.write(DumpText.section(name, name.endsWith("fkey") ? "FK CONSTRAINT" : "CONSTRAINT"));
        out.write(sql);
        out.write("\n\n\n");
    }
}
