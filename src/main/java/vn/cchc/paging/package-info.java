/**
 * Owns how much one page or API list may ask for: {@link vn.cchc.paging.PageRequest} (a page number and a page size,
 * the size capped, a page beyond the last allowed one refused with a Vietnamese message) and
 * {@link vn.cchc.paging.Page}, what a paged query answers. Every paged page and API list binds its {@code page} and
 * {@code size} parameters through it, so no request makes the database read past a bounded offset. No tables, no beans
 * and no dependency on any other module.
 */
package vn.cchc.paging;
