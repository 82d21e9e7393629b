/**
 * Delegations: records of the delegations an international-relations office receives and sends. OpenPDF (the
 * visit brief's PDF) is an automatic module here; the runtime image gives it a descriptor (pom.xml).
 */
@SuppressWarnings("requires-automatic")
module app.delegations {
    requires javafx.controls;
    requires com.fasterxml.jackson.core;
    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires java.prefs;
    requires org.dhatim.fastexcel;
    requires de.siegmar.fastcsv;
    requires com.github.librepdf.openpdf;
    requires java.desktop; // OpenPDF takes its colours as java.awt.Color

    exports app.delegations to javafx.graphics;
}
