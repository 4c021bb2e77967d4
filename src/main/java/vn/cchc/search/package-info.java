/**
 * Search across the application: the header's search box and the {@code /search} page. The module owns no
 * rows of its own; each module that holds searchable things answers through a {@link vn.cchc.search.SearchSource}
 * bean in its own package (plans, tasks and evidence files in plan, units in directory, indicator reports in
 * indicator), over full-text indexes of its own tables, so reading rights stay where the data is. The typed words
 * are folded as Vietnamese is (no diacritics, no case) into one {@link vn.cchc.search.SearchTerms}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"page", "vietnamese"})
package vn.cchc.search;
