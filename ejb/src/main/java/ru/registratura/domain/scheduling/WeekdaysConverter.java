package ru.registratura.domain.scheduling;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps {@link Weekdays} to its bit mask column. */
@Converter
public class WeekdaysConverter implements AttributeConverter<Weekdays, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Weekdays weekdays) {
        return weekdays == null ? null : weekdays.mask();
    }

    @Override
    public Weekdays convertToEntityAttribute(Integer mask) {
        return mask == null ? null : Weekdays.fromMask(mask);
    }
}
