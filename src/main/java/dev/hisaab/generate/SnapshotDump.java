package dev.hisaab.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes snapshot.sql: the old portal schema ({@code public.applications}) as pg_dump writes it, data in COPY form. */
final class SnapshotDump implements Closeable {

    static final String FILE = "snapshot.sql";

    private final BufferedWriter out;
    private final String key;
    private long rows;

    SnapshotDump(Path directory, long seed) throws IOException {
        this.out = Files.newBufferedWriter(directory.resolve(FILE), StandardCharsets.UTF_8);
        this.key = DumpText.restrictKey(seed, 1);
        out.write(DumpText.header(key, "12.22 (Ubuntu 12.22-0ubuntu0.20.04.4)"));
        out.write(DumpText.section("applications", "TABLE"));
        out.write("""
                CREATE TABLE public.applications (
                    app_no character varying(12) NOT NULL,
                    applicant_name text,
                    mobile character varying(15),
                    district text,
                    category text,
                    status text,
                    load_kw numeric(6,2),
                    address text,
                    submitted_at timestamp with time zone,
                    fee_paid boolean
                );


                """);
        out.write(DumpText.dataSection("applications"));
        out.write("COPY public.applications (app_no, applicant_name, mobile, district, category, status, load_kw, "
                + "address, submitted_at, fee_paid) FROM stdin;\n");
    }

    void row(Application app, boolean feePaid) throws IOException {
        out.write(app.number());
        out.write('\t');
        out.write(DumpText.copyValue(app.name()));
        out.write('\t');
        out.write(app.storedMobile());
        out.write('\t');
        out.write(app.storedDistrict());
        out.write('\t');
        out.write(app.category().oldName());
        out.write('\t');
        out.write(app.status().oldName());
        out.write('\t');
        out.write(app.loadText());
        out.write('\t');
        out.write(DumpText.copyValue(app.address()));
        out.write('\t');
        out.write(DumpText.timestamp(app.submittedAt()));
        out.write('\t');
        out.write(feePaid ? "t" : "f");
        out.write('\n');
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        try {
            out.write("\\.\n\n\n");
            out.write(DumpText.section("applications applications_pkey", "CONSTRAINT"));
            out.write("ALTER TABLE ONLY public.applications\n    ADD CONSTRAINT applications_pkey PRIMARY KEY (app_no);\n\n\n");
            out.write(DumpText.footer(key));
        } finally {
            out.close();
        }
    }
}
