package app.delegations.bench;

import java.util.List;

/** Real countries the generator places its records in: ISO code, names and the script of native names. */
final class Countries {
    enum Script { LATIN, CYRILLIC, GREEK }

    record Entry(String code, String pl, String en, String nativeName, Script script) {
    }

    static final List<Entry> ALL = List.of(
            new Entry("PL", "Polska", "Poland", "Polska", Script.LATIN),
            new Entry("RU", "Rosja", "Russia", "Россия", Script.CYRILLIC),
            new Entry("BG", "Bułgaria", "Bulgaria", "България", Script.CYRILLIC),
            new Entry("RS", "Serbia", "Serbia", "Србија", Script.CYRILLIC),
            new Entry("BA", "Bośnia i Hercegowina", "Bosnia and Herzegovina", "Bosna i Hercegovina", Script.LATIN),
            new Entry("SK", "Słowacja", "Slovakia", "Slovensko", Script.LATIN),
            new Entry("SI", "Słowenia", "Slovenia", "Slovenija", Script.LATIN),
            new Entry("HR", "Chorwacja", "Croatia", "Hrvatska", Script.LATIN),
            new Entry("CZ", "Czechy", "Czechia", "Česko", Script.LATIN),
            new Entry("UA", "Ukraina", "Ukraine", "Україна", Script.CYRILLIC),
            new Entry("BY", "Białoruś", "Belarus", "Беларусь", Script.CYRILLIC),
            new Entry("MK", "Macedonia Północna", "North Macedonia", "Северна Македонија", Script.CYRILLIC),
            new Entry("ME", "Czarnogóra", "Montenegro", "Crna Gora", Script.LATIN),
            new Entry("GR", "Grecja", "Greece", "Ελλάδα", Script.GREEK),
            new Entry("DE", "Niemcy", "Germany", "Deutschland", Script.LATIN),
            new Entry("AT", "Austria", "Austria", "Österreich", Script.LATIN),
            new Entry("HU", "Węgry", "Hungary", "Magyarország", Script.LATIN),
            new Entry("RO", "Rumunia", "Romania", "România", Script.LATIN),
            new Entry("LT", "Litwa", "Lithuania", "Lietuva", Script.LATIN),
            new Entry("LV", "Łotwa", "Latvia", "Latvija", Script.LATIN),
            new Entry("EE", "Estonia", "Estonia", "Eesti", Script.LATIN),
            new Entry("FI", "Finlandia", "Finland", "Suomi", Script.LATIN),
            new Entry("SE", "Szwecja", "Sweden", "Sverige", Script.LATIN),
            new Entry("NO", "Norwegia", "Norway", "Norge", Script.LATIN),
            new Entry("DK", "Dania", "Denmark", "Danmark", Script.LATIN),
            new Entry("NL", "Holandia", "Netherlands", "Nederland", Script.LATIN),
            new Entry("BE", "Belgia", "Belgium", "België", Script.LATIN),
            new Entry("FR", "Francja", "France", "France", Script.LATIN),
            new Entry("IT", "Włochy", "Italy", "Italia", Script.LATIN),
            new Entry("ES", "Hiszpania", "Spain", "España", Script.LATIN),
            new Entry("PT", "Portugalia", "Portugal", "Portugal", Script.LATIN),
            new Entry("GB", "Wielka Brytania", "United Kingdom", "United Kingdom", Script.LATIN),
            new Entry("IE", "Irlandia", "Ireland", "Éire", Script.LATIN),
            new Entry("CH", "Szwajcaria", "Switzerland", "Schweiz", Script.LATIN),
            new Entry("MD", "Mołdawia", "Moldova", "Moldova", Script.LATIN),
            new Entry("GE", "Gruzja", "Georgia", "Sakartvelo", Script.LATIN),
            new Entry("AM", "Armenia", "Armenia", "Hayastan", Script.LATIN),
            new Entry("TR", "Turcja", "Türkiye", "Türkiye", Script.LATIN),
            new Entry("CY", "Cypr", "Cyprus", "Κύπρος", Script.GREEK),
            new Entry("KZ", "Kazachstan", "Kazakhstan", "Қазақстан", Script.CYRILLIC));

    private Countries() {
    }
}
