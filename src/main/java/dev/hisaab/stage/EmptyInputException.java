package dev.hisaab.stage;

import java.io.IOException;

/** An input file has no bytes at all: refused before any work starts (exit 3), never read as a source without rows. */
public class EmptyInputException extends IOException {

    public EmptyInputException(String message) {
        super(message);
    }
}
