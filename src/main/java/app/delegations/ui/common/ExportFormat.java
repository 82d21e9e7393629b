package app.delegations.ui.common;

import java.util.Locale;
import java.util.Optional;

/** A format File › Export and {@code delegations export} write a table in. */
public enum ExportFormat {
    /** An Excel workbook: numbers and dates as such, a frozen header row, an autofilter, fitted widths. */
    XLSX(new FileKind("xlsx", "export.filter.xlsx")),
    /** Text for Excel and scripts: UTF-8 with a byte-order mark, a chosen separator. */
    CSV(new FileKind("csv", "export.filter.csv"));

    private final FileKind kind;

    ExportFormat(FileKind kind) {
        this.kind = kind;
    }

    public FileKind kind() {
        return kind;
    }

    /** The format named {@code name} ({@code xlsx}, {@code csv}, in any case), if there is one. */
    public static Optional<ExportFormat> of(String name) {
        for (ExportFormat f : values()) {
            if (f.kind.extension().equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
