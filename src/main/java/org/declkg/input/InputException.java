package org.declkg.input;

/** An input that cannot be read as a declaration text; the message is one line naming the problem. */
public final class InputException extends Exception {
    public InputException(String message) { super(message); }
}
