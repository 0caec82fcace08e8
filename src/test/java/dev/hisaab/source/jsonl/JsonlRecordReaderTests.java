package dev.hisaab.source.jsonl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JsonlRecordReaderTests {

    @TempDir
    Path dir;

    private final JsonlSourceFormat format = new JsonlSourceFormat();

    @Test
    void flattensNestedObjectsKeepingScalarsAsWritten() throws IOException {
        Path file = write("callbacks.jsonl", """
                {"id":"pay_1","amount":10000,"fee":100.50,"rate":1.0E2,"ok":true,"bad":false,"vpa":null,\
                "notes":{"app":"APP\\u0030\\"1","deep":{"x":-0}},"tags":["a", 1, {"b":[]}],"empty":{}}
                """);
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            assertThat(reader.columns()).isEmpty();
            SourceRecord record = reader.read();
            assertThat(record.origin()).isEqualTo(new Origin("callbacks.jsonl", 1));
            assertThat(record.values().keySet()).containsExactly("id", "amount", "fee", "rate", "ok", "bad", "vpa",
                    "notes.app", "notes.deep.x", "tags");
            assertThat(record.values()).containsEntry("vpa", null);
            assertThat(record.values()).containsAllEntriesOf(Map.of("id", "pay_1", "amount", "10000", "fee", "100.50",
                    "rate", "1.0E2", "ok", "true", "bad", "false", "notes.app", "APP0\"1", "notes.deep.x", "-0",
                    "tags", "[\"a\", 1, {\"b\":[]}]"));
            assertThat(record.raw()).startsWith("{\"id\":\"pay_1\"").endsWith("\"empty\":{}}");
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void flattensTheRazorpayWebhookSample() throws IOException {
        // given the pretty-printed Razorpay SDK webhook body, compacted to one line as a callback log stores it
        Path sample = dev.hisaab.support.RealData.file("razorpay", "fake_payment_authorized_webhook.json");
        JsonMapper mapper = JsonMapper.builder().build();
        String compact = mapper.writeValueAsString(mapper.readTree(Files.readString(sample)));
        Path file = write("webhooks.jsonl", compact + "\n" + compact + "\n");
        // when
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            SourceRecord record = reader.read();
            // then
            assertThat(record.get("event")).isEqualTo("payment.authorized");
            assertThat(record.get("contains")).isEqualTo("[\"payment\"]");
            assertThat(record.get("payload.payment.entity.id")).isEqualTo("pay_6koWN7bvxujzxM");
            assertThat(record.get("payload.payment.entity.amount")).isEqualTo("1000000");
            assertThat(record.get("payload.payment.entity.currency")).isEqualTo("INR");
            assertThat(record.get("payload.payment.entity.international")).isEqualTo("false");
            assertThat(record.get("payload.payment.entity.captured")).isEqualTo("true");
            assertThat(record.get("payload.payment.entity.contact")).isEqualTo("+919999999999");
            assertThat(record.get("payload.payment.entity.notes.merchant_order_id")).isEqualTo("random order id");
            assertThat(record.get("payload.payment.entity.created_at")).isEqualTo("1479978483");
            assertThat(record.values()).containsEntry("payload.payment.entity.refund_status", null);
            assertThat(record.get("created_at")).isEqualTo("1400826760");
            assertThat(record.values()).hasSize(28);
            assertThat(record.raw()).isEqualTo(compact);
            assertThat(reader.read().origin().line()).isEqualTo(2);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void skipsBlankLinesAndRejectsBadLinesThenContinues() throws IOException {
        Path file = write("mixed.jsonl", """
                {"n":1}

                {"n":2,"truncated":
                [1,2]
                "text"
                {"n":3} {"n":4}
                {"n":5,"n":6}
                {"a":{"b":1},"a.b":2}
                   \t
                {"n":7}""");
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            assertThat(reader.read().get("n")).isEqualTo("1");
            assertRejected(reader, 3, "invalid JSON: ");
            assertRejected(reader, 4, "not a JSON object");
            assertRejected(reader, 5, "not a JSON object");
            assertRejected(reader, 6, "invalid JSON: more than one value on the line");
            assertRejected(reader, 7, "duplicate key 'n'");
            assertRejected(reader, 8, "duplicate key 'a.b'");
            SourceRecord last = reader.read();
            assertThat(last.get("n")).isEqualTo("7");
            assertThat(last.origin().line()).isEqualTo(10);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void linesOfSeveralShapesMixedKeepTheirOwnKeysAndStillRejectARepeatedKey() throws IOException {
        Path file = write("shapes.jsonl", """
                {"e":"paid","p":{"id":"1","amt":5}}
                {"e":"failed","p":{"id":"2","why":"x"}}
                {"e":"paid","p":{"id":"3","amt":6}}
                {"e":"failed","p":{"id":"4","why":"y"}}
                {"e":"paid","p":{"id":"5","amt":7},"e":"again"}
                {"e":"failed","p":{"id":"6","why":"z","id":"7"}}
                {"e":"paid","p":{"id":"8"}}
                {"e":"paid","p":{"id":"9","amt":8}}""");
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            for (String[] expected : new String[][] {{"1", "5", null}, {"2", null, "x"}, {"3", "6", null},
                    {"4", null, "y"}}) {
                SourceRecord r = reader.read();
                assertThat(r.get("p.id")).isEqualTo(expected[0]);
                assertThat(r.get("p.amt")).isEqualTo(expected[1]);
                assertThat(r.get("p.why")).isEqualTo(expected[2]);
                assertThat(r.values()).hasSize(3);
            }
            assertRejected(reader, 5, "duplicate key 'e'");
            assertRejected(reader, 6, "duplicate key 'p.id'");
            SourceRecord shorter = reader.read();
            assertThat(shorter.values()).containsOnlyKeys("e", "p.id");
            SourceRecord again = reader.read();
            assertThat(again.values()).containsOnlyKeys("e", "p.id", "p.amt");
            assertThat(again.get("p.amt")).isEqualTo("8");
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void handlesBomCrLfAndInvalidUtf8() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("{\"name\":\"Asha\"}\r\n{\"name\":\"Ba".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, 0x28});
        bytes.writeBytes("d\"}\r\n{\"name\":\"\u0930\u0935\u093f\"}\r\n".getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(dir.resolve("bytes.jsonl"), bytes.toByteArray());
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            assertThat(reader.read().get("name")).isEqualTo("Asha");
            assertRejected(reader, 2, "invalid UTF-8 bytes");
            SourceRecord hindi = reader.read();
            assertThat(hindi.get("name")).isEqualTo("\u0930\u0935\u093f");
            assertThat(hindi.origin().line()).isEqualTo(3);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void emptyFileHasNoRecords() throws IOException {
        Path file = write("empty.jsonl", "");
        try (RecordReader reader = format.open(new InputSource(file), JsonlOptions.defaults())) {
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void sourceFormatIsRegisteredAsJsonl() {
        assertThat(format.type()).isEqualTo("jsonl");
        assertThat(format.optionsType()).isEqualTo(JsonlOptions.class);
        assertThat(JsonlOptions.defaults().encoding()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryLineAsTheLineByLineReadingOfAnotherEncodingDoes() throws IOException {
        // ASCII lines of a few shapes, spacings and kinds of value, with bad ones, read as UTF-8 (bytes, templates of
        // recent lines) and as ISO-8859-1 (text lines): the same records, the same rejects
        String[] lines = {
            "{\"at\":\"2025-12-25T00:24:38Z\",\"event\":\"payment.failed\",\"payload\":{\"id\":\"pay_%d\",\"amount\":%d}}",
            "{\"at\":\"2025-12-25T00:24:38Z\",\"event\":\"payment.failed\",\"error\":\"500\",\"payload\":{\"id\":\"p%d\",\"amount\":%d}}",
            "{\"at\": \"x\", \"event\": null, \"payload\": {\"id\": \"q%d\", \"amount\": %d.5}}",
            "{\"at\":\"y\",\"event\":true,\"payload\":{\"id\":\"a\\u0041%d\",\"amount\":%d}}",
            "{\"at\":\"y\",\"event\":\"e\",\"payload\":{\"id\":[%d],\"amount\":%d}}",
            "{\"at\":\"y\",\"event\":\"e\",\"payload\":{\"id\":\"%d\",\"amount\":0%d}}",
            "{\"at\":\"y\",\"at\":\"e\",\"payload\":{\"id\":\"%d\",\"amount\":%d}}",
            "{\"at\":\"y\",\"event\":\"e\",\"payload\":{\"id\":\"%d\",\"amount\":%d}",
            "{\"at\":\"y\",\"event\":\"e\",\"payload\":{\"id\":\"%d\",\"amount\":%dx}}",
            "{\"at\":\"y\",\"payload.id\":\"%d\",\"payload\":{\"amount\":%d}}",
            "[%d, %d]",
            "   ",
            "{\"at\":\"2025-12-25T00:24:38Z\",\"event\":\"payment.failed\",\"payload\":{\"id\":\"pay_%d\",\"amount\":%d}} ",
        };
        java.util.Random random = new java.util.Random(11);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            String line = random.nextInt(3) > 0 ? lines[random.nextInt(2)] : lines[random.nextInt(lines.length)];
            text.append(line.formatted(i, random.nextInt(100_000))).append(random.nextInt(10) == 0 ? "\r\n" : "\n");
        }
        Path file = write("mixed.jsonl", text.toString());
        List<String> utf8 = readAll(file, StandardCharsets.UTF_8);
        assertThat(utf8).hasSizeGreaterThan(2_500).anyMatch(r -> r.startsWith("rejected"));
        assertThat(utf8).isEqualTo(readAll(file, StandardCharsets.ISO_8859_1));
    }

    /** Every record and reject of a file, as text. */
    private List<String> readAll(Path file, java.nio.charset.Charset encoding) throws IOException {
        List<String> out = new java.util.ArrayList<>();
        try (RecordReader reader = format.open(new InputSource(file), new JsonlOptions(encoding))) {
            while (true) {
                try {
                    SourceRecord r = reader.read();
                    if (r == null) {
                        return out;
                    }
                    out.add(r.origin() + " " + r.values().entrySet() + " " + r.raw());
                } catch (SourceParseException e) {
                    out.add("rejected " + e.origin() + " " + e.reason() + " " + e.raw());
                }
            }
        }
    }

    private static void assertRejected(RecordReader reader, long line, String reasonStart) {
        assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
            assertThat(e.origin().line()).isEqualTo(line);
            assertThat(e.reason()).startsWith(reasonStart).doesNotContain("\n");
            assertThat(e.raw()).isNotBlank();
        });
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
