/**
 * Owns the small pieces every module's screens share, one of each: the breadcrumb step the layout shows
 * ({@link vn.cchc.page.Crumb}) and the post/redirect/get of a write with its flash message
 * ({@link vn.cchc.page.FlashRedirect}), and how much one page or API list may ask for:
 * {@link vn.cchc.page.PageRequest} (a page number and a page size, the size capped, a page beyond the last allowed one
 * refused with a Vietnamese message) and {@link vn.cchc.page.Page}, what a paged query answers — every paged page and
 * API list binds its {@code page} and {@code size} parameters through it, so no request reads past a bounded offset.
 * A download's file name is given once, in Vietnamese, by {@link vn.cchc.page.Attachment}.
 * It knows no business module, so every module may use it; the layout and
 * the home page stay in {@code web}. No tables.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"vietnamese"})
package vn.cchc.page;
