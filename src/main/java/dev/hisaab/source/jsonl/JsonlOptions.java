package dev.hisaab.source.jsonl;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * The {@code options:} block of a {@code jsonl} source.
 *
 * @param encoding character set of the file, default UTF-8
 */
public record JsonlOptions(Charset encoding) {

    public JsonlOptions {
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
    }

    /** All defaults: UTF-8. */
    public static JsonlOptions defaults() {
        return new JsonlOptions(null);
    }
}
