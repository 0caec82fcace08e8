package dev.hisaab.generate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * The fixed parts of a plain-format pg_dump 17 script and its value encodings. The dumps are written as with
 * {@code --no-owner --no-privileges}; {@code SET transaction_timeout} is left out so they load into older servers.
 */
public final class DumpText {

    public static final DateTimeFormatter TIMESTAMPTZ = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private DumpText() {
    }

    /** A psql restrict key like pg_dump's: 63 random alphanumerics, reproducible from the seed. */
    public static String restrictKey(long seed, int file) {
        SplittableRandom random = Seeds.random(seed, Seeds.DUMP_KEY, file);
        StringBuilder key = new StringBuilder(63);
        for (int i = 0; i < 63; i++) {
            key.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return key.toString();
    }

    public static String header(String restrictKey, String serverVersion) {
        return "\\restrict " + restrictKey + "\n"
                + "\n"
                + "--\n"
                + "-- PostgreSQL database dump\n"
                + "--\n"
                + "\n"
                + "-- Dumped from database version " + serverVersion + "\n"
                + "-- Dumped by pg_dump version 17.6 (Debian 17.6-1.pgdg120+1)\n"
                + "\n"
                + "SET statement_timeout = 0;\n"
                + "SET lock_timeout = 0;\n"
                + "SET idle_in_transaction_session_timeout = 0;\n"
                + "SET client_encoding = 'UTF8';\n"
                + "SET standard_conforming_strings = on;\n"
                + "SELECT pg_catalog.set_config('search_path', '', false);\n"
                + "SET check_function_bodies = false;\n"
                + "SET xmloption = content;\n"
                + "SET client_min_messages = warning;\n"
                + "SET row_security = off;\n"
                + "\n"
                + "SET default_tablespace = '';\n"
                + "\n"
                + "SET default_table_access_method = heap;\n"
                + "\n";
    }

    public static String section(String name, String type) {
        return "--\n-- Name: " + name + "; Type: " + type + "; Schema: public; Owner: -\n--\n\n";
    }

    public static String dataSection(String table) {
        return "--\n-- Data for Name: " + table + "; Type: TABLE DATA; Schema: public; Owner: -\n--\n\n";
    }

    public static String footer(String restrictKey) {
        return "--\n-- PostgreSQL database dump complete\n--\n\n\\unrestrict " + restrictKey + "\n\n";
    }

    public static String timestamp(OffsetDateTime time) {
        return TIMESTAMPTZ.format(time);
    }

    /** A value in COPY text format: backslash, tab, newline and carriage return escaped; null as {@code \N}. */
    public static String copyValue(String value) {
        if (value == null) {
            return "\\N";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\':
                    out.append("\\\\");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** A standard-conforming SQL string literal (quotes doubled; backslashes and newlines kept as they are). */
    public static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
