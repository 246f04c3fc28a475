package se.namndkoll.rules.facts;

/**
 * Present when the documents are a draft about to be sent (assemble), not documents already sent:
 * a rule that asks more of a draft than of the archive says so by requiring it.
 */
public record Draft() {}
