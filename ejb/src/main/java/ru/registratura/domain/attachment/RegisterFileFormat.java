package ru.registratura.domain.attachment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The attachment register file as the territorial OMS fund exports it: text (UTF-8, or Windows-1251), fields
 * separated by «;», optionally in double quotes («""» for a quote inside), the first line naming the columns
 * (in any order, case ignored):
 * <pre>
 * FAM     surname                         required
 * IM      first name                      required
 * OT      patronymic
 * W       sex: 1 or М (male), 2 or Ж (female)
 * DR      birth date, ДД.ММ.ГГГГ (or ГГГГ-ММ-ДД)   required
 * SNILS   СНИЛС, XXX-XXX-XXX YY or 11 digits
 * SPOL    series of an old-style policy (empty for a ЕНП)
 * NPOL    policy number: the 16-digit ЕНП, or an old-style number          required
 * SMO     the insurer (страховая медицинская организация)
 * LPU     the code of the medical organisation attached to (реестровый код МО)   required
 * LPUUCH  the district number at that organisation
 * LPUDT   attached since, ДД.ММ.ГГГГ (or ГГГГ-ММ-ДД)                          required
 * </pre>
 * Further columns are ignored.
 */
public final class RegisterFileFormat {

    public static final List<String> REQUIRED = List.of("FAM", "IM", "DR", "NPOL", "LPU", "LPUDT");
    public static final List<String> OPTIONAL = List.of("OT", "W", "SNILS", "SPOL", "SMO", "LPUUCH");

    private final Map<String, Integer> columns;
    private final int width;

    private RegisterFileFormat(Map<String, Integer> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /** The format of the header line, or {@link InvalidRegisterFileException} naming what is missing. */
    public static RegisterFileFormat ofHeader(String header) {
        if (header == null || header.isBlank()) {
            throw new InvalidRegisterFileException("empty", null);
        }
        String line = header.startsWith("\uFEFF") ? header.substring(1) : header;
        List<String> names = split(line);
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i).strip().toUpperCase(Locale.ROOT), i);
        }
        List<String> missing = REQUIRED.stream().filter(name -> !columns.containsKey(name)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRegisterFileException("columns.missing", String.join(", ", missing));
        }
        return new RegisterFileFormat(columns, names.size());
    }

    public int width() {
        return width;
    }

    /** The line's fields by column name; null when the line has not as many fields as the header. */
    public Map<String, String> fields(String line) {
        List<String> values = split(line);
        if (values.size() != width) {
            return null;
        }
        Map<String, String> fields = new HashMap<>();
        columns.forEach((name, index) -> {
            String value = values.get(index).strip();
            fields.put(name, value.isEmpty() ? null : value);
        });
        return fields;
    }

    /**
     * Which of {@code partitions} the line belongs to, by its policy as {@link ru.registratura.domain.card.OmsPolicy}
     * would key it (spaces out of the number, the series in capitals): the lines of one person always fall into
     * the same partition, so each partition sees every repetition of its people. A line without as many fields
     * as the header goes by its number.
     */
    public int partitionOf(int lineNumber, String line, int partitions) {
        if (partitions <= 1) {
            return 0;
        }
        Map<String, String> f = fields(line);
        if (f == null) {
            return Math.floorMod(lineNumber, partitions);
        }
        String series = f.get("SPOL") == null ? "" : f.get("SPOL").toUpperCase(Locale.ROOT);
        String number = f.get("NPOL") == null ? "" : f.get("NPOL").replace(" ", "");
        return Math.floorMod((series + " " + number).hashCode(), partitions);
    }

    /** Fields separated by «;», each optionally in double quotes with «""» for a quote. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == ';') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
