/** Delegations: records of the delegations an international-relations office receives and sends. */
module app.delegations {
    requires javafx.controls;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires java.prefs;

    // Only the immutable model is opened, and only to Jackson (for writing generated data files).
    opens app.delegations.model to com.fasterxml.jackson.databind;

    exports app.delegations to javafx.graphics;
}
