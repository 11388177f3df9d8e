package ru.registratura.domain.attachment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import ru.registratura.domain.card.FullName;
import ru.registratura.domain.card.InvalidValueException;
import ru.registratura.domain.card.OmsPolicy;
import ru.registratura.domain.card.Snils;
import ru.registratura.domain.directory.Sex;

/**
 * Checks the lines of one import file: each becomes a {@link RegisterRow} or a {@link RegisterRejection} with
 * the first rule it breaks. The policy, SNILS and name follow the card's rules; the organisation and district
 * must exist in the directory; a policy already met in the file is refused with the line it was met on (two
 * lines for one person would make a re-import change what the first import wrote). One parser per file.
 */
public final class RegisterRowParser {

    public static final int MAX_INSURER = 200;

    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final RegisterFileFormat format;
    private final Map<String, Long> institutionsByCode;
    private final Map<String, Long> districts;
    private final LocalDate today;
    private final Map<String, Integer> seen = new HashMap<>();

    /**
     * @param institutionsByCode the institutions' ids by their code in the federal register
     * @param districts          district ids by {@link #districtKey(long, String)}
     */
    public RegisterRowParser(RegisterFileFormat format, Map<String, Long> institutionsByCode,
                             Map<String, Long> districts, LocalDate today) {
        this.format = format;
        this.institutionsByCode = Map.copyOf(institutionsByCode);
        this.districts = Map.copyOf(districts);
        this.today = today;
    }

    public static String districtKey(long institutionId, String number) {
        return institutionId + "/" + number;
    }

    /** The row or the rejection of the line; null for a blank line (not a person: skipped). */
    public Object parse(int line, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> f = format.fields(text);
        if (f == null) {
            return new RegisterRejection(line, "register.reject.columns", String.valueOf(format.width()));
        }
        try {
            OmsPolicy policy = OmsPolicy.parse(f.get("SPOL"), f.get("NPOL"));
            String snils = f.get("SNILS") == null ? null : Snils.parse(f.get("SNILS")).value();
            FullName name = new FullName(f.get("FAM"), f.get("IM"), f.get("OT"));
            LocalDate birthDate = date(f.get("DR"), "birthDate");
            if (birthDate.isAfter(today) || birthDate.isBefore(EARLIEST)) {
                return reject(line, "birthDate.range");
            }
            Sex sex = sex(f.get("W"));
            String insurer = f.get("SMO");
            if (insurer != null && insurer.length() > MAX_INSURER) {
                return reject(line, "insurer.long");
            }
            Long institution = f.get("LPU") == null ? null : institutionsByCode.get(f.get("LPU"));
            if (institution == null) {
                return reject(line, "lpu.unknown");
            }
            Long district = null;
            if (f.get("LPUUCH") != null) {
                district = districts.get(districtKey(institution, f.get("LPUUCH")));
                if (district == null) {
                    return reject(line, "district.unknown");
                }
            }
            LocalDate since = date(f.get("LPUDT"), "since");
            if (since.isBefore(birthDate) || since.isAfter(today)) {
                return reject(line, "since.range");
            }
            String key = policy.toString();
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                return new RegisterRejection(line, "register.reject.duplicate", String.valueOf(first));
            }
            return new RegisterRow(line, key, policy.series(), policy.number(), snils, name.lastName(),
                    name.firstName(), name.middleName(), birthDate, sex, insurer, institution, district, since);
        } catch (InvalidValueException e) {
            return new RegisterRejection(line, e.key().startsWith("register.") ? e.key() : "card.error." + e.key(), null);
        }
    }

    private static RegisterRejection reject(int line, String reason) {
        return new RegisterRejection(line, "register.reject." + reason, null);
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            throw new InvalidValueException("register.reject." + field + ".required");
        }
        try {
            return value.contains("-") ? LocalDate.parse(value) : LocalDate.parse(value, RUSSIAN);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("register.reject." + field + ".format");
        }
    }

    private static Sex sex(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(Locale.ROOT)) {
            case "1", "М", "M" -> Sex.M;
            case "2", "Ж", "F" -> Sex.F;
            default -> throw new InvalidValueException("register.reject.sex");
        };
    }
}
