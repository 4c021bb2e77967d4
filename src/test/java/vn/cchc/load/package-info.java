/**
 * The load test's side of the application: starting it on a throwaway database ({@link vn.cchc.load.LoadApp}) and
 * seeding a province-sized data set ({@link vn.cchc.load.ProvinceSeed}). The Gatling simulations in
 * {@code simulation} compile only with the {@code load} Maven profile.
 */
package vn.cchc.load;
