package org.declkg.pipeline;

/** The text gives a state a role in an organisation ("给予 X 对话伙伴地位"). */
public record MembershipStatement(String stateKey, String organisationKey, String roleKey, Span span) {}
