package dev.hisaab.source;

import java.io.IOException;

/** An input file changed while it was being read: it grew, shrank, was rewritten or replaced. */
public class InputChangedException extends IOException {

    public InputChangedException(String message) {
        super(message);
    }
}
