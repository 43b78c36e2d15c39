package org.declkg.cli;

/** Entry point. (Stub until the command line lands.) */
public final class Main {
    public static void main(String[] args) {
        System.err.println("declkg: not built yet");
        System.exit(2);
    }
}
