package ru.registratura.domain.account;

import java.io.Serializable;

/**
 * An OMS policy as ESIA reports it: the 16-digit unified number (series empty), or an old-format
 * series and number.
 */
public record OmsPolicy(String series, String number) implements Serializable {

    public OmsPolicy {
        series = series == null || series.isBlank() ? null : series.trim();
        number = number == null || number.isBlank() ? null : number.trim();
    }

    /** The policy of stored columns, or null when there is no number. */
    static OmsPolicy ofColumns(String series, String number) {
        return number == null ? null : new OmsPolicy(series, number);
    }

    /** «ИРК 0045678912» or «3850100000123458». */
    @Override
    public String toString() {
        return series == null ? number : series + " " + number;
    }
}
