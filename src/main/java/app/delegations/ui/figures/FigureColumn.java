package app.delegations.ui.figures;

import app.delegations.ui.common.ColumnSpec;
import app.delegations.ui.common.DataColumn;

/** The columns of a figure's numbers: the table File › Export writes as XLSX or CSV. */
public enum FigureColumn implements DataColumn<FigureBar> {
    LABEL("figureLabel", "figures.column.label", 220, Look.TEXT) {
        @Override
        public String text(FigureBar row) {
            return row.label();
        }
    },
    COUNT("figureCount", "figures.column.count", 90, Look.NUMBER) {
        @Override
        public String text(FigureBar row) {
            return Integer.toString(row.count());
        }
    };

    private final ColumnSpec spec;

    FigureColumn(String id, String key, double width, Look look) {
        this.spec = new ColumnSpec(id, key, width, look);
    }

    @Override
    public ColumnSpec spec() {
        return spec;
    }
}
