package org.declkg.input;

import java.util.List;
import org.declkg.pipeline.Source;

/**
 * A declaration text as read from a file: its name, its characters, what was done to read it, and
 * the file as provenance records it (name, bytes, SHA-256, encoding).
 */
public record InputText(String name, String text, List<String> notes, Source source) {}
