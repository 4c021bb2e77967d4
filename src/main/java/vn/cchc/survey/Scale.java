package vn.cchc.survey;

/** How an item is answered. */
enum Scale {
    /** 1 very dissatisfied … 5 very satisfied; the items the index is made of */
    SATISFACTION5(5),
    /** 1 not needed … 4 much needed */
    NEED4(4),
    /** one of the item's choices */
    CHOICE(0),
    /** free text, at most 2,000 characters */
    TEXT(0);

    private final int points;

    Scale(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }

    public boolean numeric() {
        return points > 0;
    }
}
