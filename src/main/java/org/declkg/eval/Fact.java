package org.declkg.eval;

/** One scorable fact: a category, the thing's label, and what else must agree (a date, a place, actors). */
public record Fact(String category, String label, String detail) {}
