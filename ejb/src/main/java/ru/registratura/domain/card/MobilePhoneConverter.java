package ru.registratura.domain.card;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a {@link MobilePhone} to its column as shown ({@code +7 (914) 100-00-01}): the card holds the typed value,
 * read once when the card is loaded, not parsed again on every read.
 */
@Converter
public class MobilePhoneConverter implements AttributeConverter<MobilePhone, String> {

    @Override
    public String convertToDatabaseColumn(MobilePhone phone) {
        return phone == null ? null : phone.value();
    }

    @Override
    public MobilePhone convertToEntityAttribute(String column) {
        return column == null ? null : MobilePhone.parse(column);
    }
}
