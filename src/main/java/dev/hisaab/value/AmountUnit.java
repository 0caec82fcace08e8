package dev.hisaab.value;

/** The unit an input writes its amounts in: rupees with up to two decimals, or whole paise (gateway APIs). */
public enum AmountUnit {
    RUPEES,
    PAISE
}
