/**
 * Owns the small pieces every module's screens share, one of each: the breadcrumb step the layout shows
 * ({@link vn.cchc.page.Crumb}) and the post/redirect/get of a write with its flash message
 * ({@link vn.cchc.page.FlashRedirect}). It knows no business module, so every module may use it; the layout and
 * the home page stay in {@code web}. No tables.
 */
package vn.cchc.page;
