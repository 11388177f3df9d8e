package ru.registratura.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes an attachment register file of the demo region, as the territorial OMS fund exports it (the format of
 * {@code RegisterFileFormat}): fictional people with valid ЕНП (prefix 39, unique by construction), SNILS with
 * their check numbers for 70 % of them, attached to the demo institutions' codes and districts. Every 200th
 * line breaks a rule (a wrong check digit, an unknown organisation), as real files do. The same seed gives the
 * same file.
 *
 * <pre>
 * java -cp bench/target/classes ru.registratura.bench.RegisterFileGenerator --rows 1000000 --out register.csv
 * </pre>
 */
public final class RegisterFileGenerator {

    static final String HEADER = "FAM;IM;OT;W;DR;SNILS;SPOL;NPOL;SMO;LPU;LPUUCH;LPUDT";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String[] MALE_SURNAMES = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
        "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров"};
    private static final String[] MALE_NAMES = {"Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей",
        "Артём", "Илья", "Кирилл", "Михаил", "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван"};
    private static final String[] FEMALE_NAMES = {"Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья",
        "Марина", "Полина", "София", "Дарья", "Алиса", "Ксения", "Александра", "Елена", "Ольга", "Татьяна"};
    private static final String[] FATHERS = {"Александров", "Дмитриев", "Сергеев", "Андреев", "Алексеев", "Иванов",
        "Михайлов", "Николаев", "Петров", "Викторов", "Олегов", "Юрьев"};
    private static final String[] INSURERS = {"АО «Страховая компания «СОГАЗ-Мед», Иркутский филиал",
        "ООО «Капитал Медицинское Страхование», филиал в Иркутской области",
        "АО «Страховая компания «Ингосстрах-М», Иркутский филиал"};
    /** The demo institutions' codes with their district numbers (db/demo). */
    private static final String[][] PLACES = {
        {"380004", "1", "2", "3", "4", "5", "6"},
        {"380103", "1", "2", "3", "4", "5"},
        {"380008", "11", "12", "13", "14"},
        {"382501", "1", "2", "3", "4", "5"}};

    private RegisterFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int rows = 1_000_000;
        Path out = Path.of("register.csv");
        long seed = 38L;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        generate(rows, out, seed);
        System.err.printf("%d lines written to %s (%d bytes)%n", rows, out, Files.size(out));
    }

    static void generate(int rows, Path out, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate today = LocalDate.now();
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (int i = 0; i < rows; i++) {
                boolean male = random.nextBoolean();
                String surname = MALE_SURNAMES[random.nextInt(MALE_SURNAMES.length)] + (male ? "" : "а");
                String name = male ? MALE_NAMES[random.nextInt(MALE_NAMES.length)]
                        : FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)];
                String patronymic = FATHERS[random.nextInt(FATHERS.length)] + (male ? "ич" : "на");
                LocalDate birth = today.minusDays(1 + random.nextInt(95 * 365));
                LocalDate since = birth.plusDays(random.nextInt((int) Math.max(1, today.toEpochDay() - birth.toEpochDay())));
                String[] place = PLACES[random.nextInt(PLACES.length)];
                String district = random.nextInt(10) == 0 ? "" : place[1 + random.nextInt(place.length - 1)];
                String lpu = i % 200 == 199 ? "389999" : place[0];
                String enp = enp(i);
                if (i % 200 == 99) {
                    enp = enp.substring(0, 15) + (char) ('0' + (enp.charAt(15) - '0' + 1) % 10);
                }
                String snils = random.nextInt(10) < 7 ? snils(100_000_000 + i) : "";
                w.write(String.join(";", surname, name, patronymic, male ? "1" : "2", DATE.format(birth), snils, "", enp,
                        "\"" + INSURERS[random.nextInt(INSURERS.length)] + "\"", lpu, district, DATE.format(since)));
                w.write("\r\n");
            }
        }
    }

    /** The i-th ЕНП of the file: 39, thirteen digits, the Luhn check digit. */
    static String enp(long i) {
        return enp("39", i);
    }

    /** The i-th ЕНП of a series: the two-digit prefix, thirteen digits, the Luhn check digit. */
    static String enp(String prefix, long i) {
        String digits = prefix + String.format("%013d", i);
        int sum = 0;
        boolean twice = true;
        for (int k = digits.length() - 1; k >= 0; k--) {
            int d = digits.charAt(k) - '0';
            if (twice) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            twice = !twice;
        }
        return digits + (10 - sum % 10) % 10;
    }

    /** A SNILS of nine digits with its check number, XXX-XXX-XXX YY. */
    static String snils(int nine) {
        String digits = String.format("%09d", nine);
        int sum = 0;
        for (int k = 0; k < 9; k++) {
            sum += (digits.charAt(k) - '0') * (9 - k);
        }
        int check = sum < 100 ? sum : sum == 100 || sum == 101 ? 0 : sum % 101 == 100 ? 0 : sum % 101;
        return digits.substring(0, 3) + "-" + digits.substring(3, 6) + "-" + digits.substring(6) + " "
                + String.format("%02d", check);
    }
}
