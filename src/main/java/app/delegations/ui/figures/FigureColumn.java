package app.delegations.ui.figures;

import app.delegations.ui.common.DataColumn;

/** The columns of a figure's numbers: the table File › Export writes as XLSX or CSV. */
public enum FigureColumn implements DataColumn<FigureBar> {
    LABEL("figureLabel", "figures.column.label", 220) {
        @Override
        public String text(FigureBar row) {
            return row.label();
        }
    },
    COUNT("figureCount", "figures.column.count", 90) {
        @Override
        public String text(FigureBar row) {
            return Integer.toString(row.count());
        }

        @Override
        public Look look() {
            return Look.NUMBER;
        }
    };

    private final String id;
    private final String key;
    private final double width;

    FigureColumn(String id, String key, double width) {
        this.id = id;
        this.key = key;
        this.width = width;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public double width() {
        return width;
    }
}
