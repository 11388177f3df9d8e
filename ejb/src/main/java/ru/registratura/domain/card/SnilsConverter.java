package ru.registratura.domain.card;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Maps a {@link Snils} to its column as shown ({@code 112-233-445 95}): an identity holds the typed value, read once
 * when it loads. A column that holds no SNILS (a text ESIA gave before it was checked here) reads as none.
 */
@Converter
public class SnilsConverter implements AttributeConverter<Snils, String> {

    @Override
    public String convertToDatabaseColumn(Snils snils) {
        return snils == null ? null : snils.value();
    }

    @Override
    public Snils convertToEntityAttribute(String column) {
        return Snils.ifValid(column);
    }
}
