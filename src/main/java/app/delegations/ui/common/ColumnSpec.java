package app.delegations.ui.common;

/**
 * What every {@link DataColumn} declares the same way: its node id (also its key in the stored column layout:
 * never changed, or stored layouts are lost), the message key of its header, its width before the user or the
 * content sized it, and how its cells show a row. A column enum's constant holds one; the column then says only
 * what differs: the texts of a row.
 */
public record ColumnSpec(String id, String key, double width, DataColumn.Look look) {
}
