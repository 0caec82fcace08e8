package dev.hisaab.generate;

import java.util.List;

/** The eight Uttar Pradesh districts served by Jhatpat, with current and former names and some localities. */
enum District {
    AGRA("AGR", "Agra", null, 282001, 12, "आगरा",
            List.of("Kamla Nagar", "Sikandra", "Shahganj", "Dayalbagh", "Tajganj", "Lohamandi", "Belanganj", "Khandari")),
    AYODHYA("AYD", "Ayodhya", "Faizabad", 224001, 7, "अयोध्या",
            List.of("Civil Lines", "Rikabganj", "Naka Muzaffara", "Deokali", "Sahadatganj", "Bilharghat", "Darshan Nagar")),
    GHAZIABAD("GZB", "Ghaziabad", null, 201001, 14, "ग़ाज़ियाबाद",
            List.of("Indirapuram", "Vaishali", "Raj Nagar Extension", "Kavi Nagar", "Vijay Nagar", "Loni", "Crossings Republik")),
    KANPUR("KNP", "Kanpur Nagar", null, 208001, 15, "कानपुर",
            List.of("Kidwai Nagar", "Swaroop Nagar", "Kakadeo", "Govind Nagar", "Barra", "Kalyanpur", "Panki", "Shyam Nagar")),
    LUCKNOW("LKO", "Lucknow", null, 226001, 18, "लखनऊ",
            List.of("Gomti Nagar", "Aliganj", "Indira Nagar", "Alambagh", "Aminabad", "Chinhat", "Rajajipuram", "Jankipuram")),
    PRAYAGRAJ("PRY", "Prayagraj", "Allahabad", 211001, 12, "प्रयागराज",
            List.of("Civil Lines", "George Town", "Kareli", "Naini", "Jhunsi", "Teliarganj", "Mumfordganj", "Phaphamau")),
    VARANASI("VNS", "Varanasi", null, 221001, 12, "वाराणसी",
            List.of("Lanka", "Sigra", "Bhelupur", "Pandeypur", "Sarnath", "Shivpur", "Mahmoorganj", "Chowk")),
    GORAKHPUR("GKP", "Gorakhpur", null, 273001, 10, "गोरखपुर",
            List.of("Golghar", "Betiahata", "Rapti Nagar", "Mohaddipur", "Shahpur", "Bichhiya", "Taramandal"));

    private final String code;
    private final String currentName;
    private final String formerName;
    private final int pinBase;
    private final int weight;
    private final String hindiName;
    private final List<String> localities;

    District(String code, String currentName, String formerName, int pinBase, int weight, String hindiName,
             List<String> localities) {
        this.code = code;
        this.currentName = currentName;
        this.formerName = formerName;
        this.pinBase = pinBase;
        this.weight = weight;
        this.hindiName = hindiName;
        this.localities = localities;
    }

    String code() {
        return code;
    }

    String currentName() {
        return currentName;
    }

    /** The name before the 2018 renaming, or null if the district was not renamed. */
    String formerName() {
        return formerName;
    }

    int pinBase() {
        return pinBase;
    }

    int weight() {
        return weight;
    }

    String hindiName() {
        return hindiName;
    }

    List<String> localities() {
        return localities;
    }
}
