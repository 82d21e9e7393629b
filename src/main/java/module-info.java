/** Delegations: records of the delegations an international-relations office receives and sends. */
module app.delegations {
    requires javafx.controls;
    requires com.fasterxml.jackson.core;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires java.prefs;
    requires org.dhatim.fastexcel;
    requires de.siegmar.fastcsv;

    exports app.delegations to javafx.graphics;
}
