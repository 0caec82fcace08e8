package dev.hisaab;

/**
 * One line for a failure before any command ran — the Spring context (and with it the work database) could not
 * start. The most common cause gets its own advice: the embedded run history is open in another Hisaab process.
 */
final class StartupFailure {

    private StartupFailure() {
    }

    static String message(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            root = t;
            String m = String.valueOf(t.getMessage());
            if (m.contains("The file is locked") || m.contains("Database may be already in use")) {
                return "the run history in " + lockedFolder(m) + " is in use by another Hisaab process (one run at a "
                        + "time per folder): wait for it to finish, run from another folder, or give --work-db";
            }
        }
        String m = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "could not start: " + m.lines().findFirst().orElse(m) + " (--stacktrace shows where)";
    }

    private static String lockedFolder(String message) {
        int at = message.indexOf('/');
        int end = message.indexOf("repository", Math.max(at, 0));
        return at >= 0 && end > at ? message.substring(at, end) : ".hisaab/";
    }
}
