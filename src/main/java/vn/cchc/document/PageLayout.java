package vn.cchc.document;

/** A4 in twips; the decree allows landscape for wide tables such as a task list. */
public enum PageLayout {
    PORTRAIT(11906, 16838), LANDSCAPE(16838, 11906);

    final int widthTwips;
    final int heightTwips;

    PageLayout(int widthTwips, int heightTwips) {
        this.widthTwips = widthTwips;
        this.heightTwips = heightTwips;
    }
}
