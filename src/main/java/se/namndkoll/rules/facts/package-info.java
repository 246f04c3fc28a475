/**
 * The facts the rules reason over: what the documents of an archive say, read out into plain
 * records. They depend on the model's ideas, not on Drools.
 */
package se.namndkoll.rules.facts;
