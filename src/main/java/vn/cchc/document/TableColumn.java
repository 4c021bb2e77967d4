package vn.cchc.document;

/** A column of a bordered table: its heading, width in percent of the text width, and whether its cells are text. */
public record TableColumn(String heading, int widthPercent, boolean leftAligned) {
}
