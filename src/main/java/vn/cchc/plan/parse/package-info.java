/**
 * Turns a plan document (plain text, .docx or .pdf) into a {@link vn.cchc.plan.parse.ParsedPlan}:
 * document metadata, references, numeric targets and tasks with their agencies and deadlines.
 * The entry point is {@link vn.cchc.plan.parse.PlanParsing}; the deadline grammar is
 * {@link vn.cchc.plan.parse.DeadlineParser}. Nothing read is silently dropped: what is not
 * understood is kept as text with a Vietnamese warning.
 */
package vn.cchc.plan.parse;
