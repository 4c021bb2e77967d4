/**
 * Turns a plan document (plain text, .docx or .pdf) into a {@link vn.cchc.plan.parse.ParsedPlan}:
 * document metadata, references, numeric targets and tasks with their agencies and deadlines.
 * The entry point is {@link vn.cchc.plan.parse.PlanParsing}; the deadline grammar is
 * {@link vn.cchc.plan.parse.DeadlineParser}. Nothing read is silently dropped: what is not
 * understood is kept as text with a Vietnamese warning. Real documents of any province are read: headers as web
 * pages render them, documents whose task table is a separate appendix, assignments written as prose.
 */
package vn.cchc.plan.parse;
