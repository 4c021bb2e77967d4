/**
 * Owns how Vietnamese is written, in one place for every module: numbers ("1.200,5": a dot groups thousands, a comma
 * is the decimal mark), dates (dd/MM/yyyy), folding a text to its searchable form (no diacritics, đ → d, lower case)
 * and the alphabetical order (a &lt; ă &lt; â &lt; b … d &lt; đ, tone marks secondary). No tables, no beans that
 * hold state, and no dependency on any other module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package vn.cchc.vietnamese;
