package org.declkg.pipeline;

/**
 * The text gives a state a role in an organisation ("给予 X 对话伙伴地位"); {@code since} is the date the
 * text gives for it ("自2024年1月1日起成为…"), or null.
 */
public record MembershipStatement(String stateKey, String organisationKey, String roleKey, DateValue since, Span span) {}
