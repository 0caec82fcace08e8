package dev.hisaab.source;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Registry of every {@link SourceFormat} bean, looked up by the {@code type:} of a source. */
@Component
public class SourceFormats {

    private final Map<String, SourceFormat<?>> byType = new TreeMap<>();

    public SourceFormats(List<SourceFormat<?>> formats) {
        for (SourceFormat<?> format : formats) {
            if (byType.put(format.type(), format) != null) {
                throw new IllegalStateException("two source formats with type " + format.type());
            }
        }
    }

    /** The format for a type, or an exception listing the known types. */
    public SourceFormat<?> get(String type) {
        SourceFormat<?> format = byType.get(type);
        if (format == null) {
            throw new IllegalArgumentException("unknown source type '" + type + "'; known types: " + byType.keySet());
        }
        return format;
    }

    public java.util.Set<String> types() {
        return byType.keySet();
    }

    /** The types whose sources read a file at their {@code path} ({@link SourceFormat#readsFile()}). */
    public java.util.Set<String> fileTypes() {
        java.util.Set<String> files = new java.util.TreeSet<>();
        byType.forEach((type, format) -> {
            if (format.readsFile()) {
                files.add(type);
            }
        });
        return files;
    }
}
