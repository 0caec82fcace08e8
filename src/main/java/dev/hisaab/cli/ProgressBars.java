package dev.hisaab.cli;

import dev.hisaab.stage.ProgressListener;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on the terminal (me.tongfei:progressbar, on stderr), one per step: megabytes of input read out of
 * the input's size with rate and ETA, and the rows so far and their rate; steps that do not count rows show a bar
 * that only runs the clock.
 */
final class ProgressBars implements ProgressListener {

    private final Map<String, Bar> bars = new ConcurrentHashMap<>();

    private record Bar(ProgressBar bar, long startNanos, long max) {
    }

    /** True when stderr most likely is a terminal someone watches. */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    @Override
    public void started(String step, long totalBytes) {
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(String.format("%-24s", step))
                .setStyle(Charset.defaultCharset().equals(StandardCharsets.UTF_8) ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK
                        : ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250).setMaxRenderedLength(120);
        if (totalBytes > 0) {
            boolean large = totalBytes >= 10L << 20;
            b.setInitialMax(totalBytes).setUnit(large ? " MB" : " KB", large ? 1 << 20 : 1 << 10).showSpeed();
        } else {
            b.setInitialMax(-1).hideEta();
        }
        Bar old = bars.put(step, new Bar(b.build(), System.nanoTime(), totalBytes));
        if (old != null) {
            old.bar().close();
        }
    }

    @Override
    public void progress(String step, long rows, long bytes) {
        Bar b = bars.get(step);
        if (b == null) {
            started(step, -1);
            b = bars.get(step);
        }
        if (b.max() > 0) {
            b.bar().stepTo(Math.min(bytes, b.max()));
        }
        b.bar().setExtraMessage(" · " + ProgressLines.rows(rows, System.nanoTime() - b.startNanos()));
    }

    @Override
    public void finished(String step, long rows) {
        Bar b = bars.remove(step);
        if (b == null) {
            return;
        }
        if (b.max() > 0) {
            b.bar().stepTo(b.max());
        }
        if (rows >= 0) {
            b.bar().setExtraMessage(" · " + ProgressLines.rows(rows, System.nanoTime() - b.startNanos()));
        }
        b.bar().close();
    }
}
