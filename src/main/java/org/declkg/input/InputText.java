package org.declkg.input;

import java.util.List;

/** A declaration text as read from a file: its name, its characters, and what was done to read it. */
public record InputText(String name, String text, List<String> notes) {}
