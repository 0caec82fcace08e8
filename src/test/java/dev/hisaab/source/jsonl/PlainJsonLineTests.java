package dev.hisaab.source.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainJsonLineTests {

    private final PlainJsonLine plain = new PlainJsonLine();

    @Test
    void readsNestedObjectsOfPlainStringsNumbersAndLiterals() {
        List<String> members = new ArrayList<>();
        boolean read = plain.read(" {\"at\":\"2025-12-25T00:24:38Z\", \"p\":{\"id\":\"pay_1\",\"amt\":39400,\"f\":-1.50e+2,"
                + "\"z\":0,\"ok\":true,\"no\":false,\"v\":null,\"e\":{},\"d\":{\"x\":\"\u0930\"}},\"\":\"\"}\t", collect(members));
        assertThat(read).isTrue();
        assertThat(members).containsExactly("at=2025-12-25T00:24:38Z", "p.id=pay_1", "p.amt=39400", "p.f=-1.50e+2",
                "p.z=0", "p.ok=true", "p.no=false", "p.v=null", "p.d.x=\u0930", "=");
    }

    @Test
    void reusesThePrefixOfTheLineBeforeAndStillMakesANewOneForAnotherKey() {
        List<String> members = new ArrayList<>();
        assertThat(plain.read("{\"p\":{\"a\":1}}", collect(members))).isTrue();
        assertThat(plain.read("{\"p\":{\"a\":2}}", collect(members))).isTrue();
        assertThat(plain.read("{\"q\":{\"a\":3}}", collect(members))).isTrue();
        assertThat(members).containsExactly("p.a=1", "p.a=2", "q.a=3");
    }

    @Test
    void declinesWhatItLeavesToJackson() {
        for (String line : List.of("{\"a\":\"x\\\"y\"}", "{\"a\\u0030\":1}", "{\"a\":[1]}", "{\"a\":01}", "{\"a\":1.}",
                "{\"a\":-}", "{\"a\":.5}", "{\"a\":+1}", "{\"a\":1e}", "{\"a\":truex}", "{\"a\":123x}", "{\"a\":nul}",
                "{\"a\":1} {\"b\":2}", "{\"a\":1}x", "[1]", "\"text\"", "{\"a\":1", "{\"a\":\"x", "{\"a\" 1}",
                "{\"a\":1,}", "{,}", "{\"a\":1 \"b\":2}", "{'a':1}", "{a:1}", "{\"a\":\"tab\there\"}",
                "{\"a\":1}//c", "{\"a\":NaN}", "{\"a\":1}\r", "{\"a\":\u00A01}",
                "{\"a\":1}\u0000", "{\"x\":".repeat(20) + "1" + "}".repeat(20))) {
            assertThat(plain.read(line, (prefix, l, from, to, text) -> { })).as(line).isFalse();
        }
    }

    private static PlainJsonLine.Members collect(List<String> members) {
        return (prefix, line, from, to, text) -> members.add(prefix + line.substring(from, to) + "=" + text);
    }
}
