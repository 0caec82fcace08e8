package dev.hisaab.source.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.record.ColumnValues;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTemplateTests {

    private static final String LINE = "{\"at\":\"2025-12-25T00:24:38Z\", \"p\":{\"id\":\"pay_1\",\"amt\":39400,"
            + "\"ok\":true,\"v\":null,\"e\":{}}}";

    private final LineTemplate template = template(LINE, List.of("at", "p.id", "p.amt", "p.ok", "p.v"));

    @Test
    void readsTheValuesOfALineWithTheSameTextAroundThem() {
        assertThat(read("{\"at\":\"2026-01-01T10:00:00Z\", \"p\":{\"id\":\"\",\"amt\":-1.5e+3,"
                + "\"ok\":false,\"v\":\"x\",\"e\":{}}}"))
                .containsExactly("2026-01-01T10:00:00Z", "", "-1.5e+3", "false", "x");
        assertThat(read(LINE)).containsExactly("2025-12-25T00:24:38Z", "pay_1", "39400", "true", null);
        assertThat(template.columns().size()).isEqualTo(5);
    }

    @Test
    void declinesEveryOtherLine() {
        for (String line : List.of(
                LINE.replace("\"at\"", "\"At\""),                      // another key
                LINE.replace(", ", ","),                              // other spacing
                LINE + " ",                                           // text after the object
                LINE.substring(0, LINE.length() - 1),                 // cut short
                LINE.replace("pay_1", "pay\\u0031"),                  // an escape
                LINE.replace("pay_1", "pay\t1"),                      // a control character
                LINE.replace("39400", "039400"),                      // not a JSON number
                LINE.replace("39400", "39400."),                      // a fraction without digits
                LINE.replace("39400", "1e"),                          // an exponent without digits
                LINE.replace("39400", "3".repeat(101)),               // a number longer than the limit
                LINE.replace("39400", "[1]"),                         // an array
                LINE.replace("39400", "{\"x\":1}"),                   // an object
                LINE.replace("true", "tru"),                          // not a literal
                LINE.replace("39400", "39400x"),                      // a number running into text
                LINE.replace("\"pay_1\"", "\"pay_1\",\"more\":1"))) {  // another member
            assertThat(read(line)).as(line).isNull();
        }
    }

    private String[] read(String line) {
        byte[] b = ("  " + line + "\n").getBytes(StandardCharsets.ISO_8859_1);
        return template.read(b, 2, b.length - 1);
    }

    private static LineTemplate template(String line, List<String> keys) {
        PlainJsonLine plain = new PlainJsonLine();
        assertThat(plain.read(line, (prefix, l, from, to, text) -> { })).isTrue();
        return LineTemplate.of(line, plain, ColumnValues.Columns.of(keys));
    }
}
