package app.delegations.ui.timeline;

/** 16-pixel SVG paths of the toolbar's icons. */
public final class TimelineIcons {

    private static final String LENS = "M6.5 1a5.5 5.5 0 0 1 4.4 8.8l3.9 3.9-1.1 1.1-3.9-3.9A5.5 5.5 0 1 1 6.5 1z"
            + "m0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z";
    public static final String ZOOM_IN = LENS + "M5.75 4h1.5v1.75H9v1.5H7.25V9h-1.5V7.25H4v-1.5h1.75z";
    public static final String ZOOM_OUT = LENS + "M4 5.75h5v1.5H4z";
    public static final String FIT = "M1 1h5v1.5H2.5V6H1zm9 0h5v5h-1.5V2.5H10zM1 10h1.5v3.5H6V15H1zm13.5 0H15v5h-5v-1.5h3.5z";
    public static final String EXPORT = "M7.25 1h1.5v7.2l2.7-2.7 1.06 1.06L8 11.06 3.44 6.56 4.5 5.5l2.75 2.7z"
            + "M2 11.5h1.5V14h9v-2.5H14v4H2z";

    private TimelineIcons() {
    }
}
