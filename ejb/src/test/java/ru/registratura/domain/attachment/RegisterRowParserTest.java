package ru.registratura.domain.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.registratura.domain.directory.Sex;

class RegisterRowParserTest {

    private static final String HEADER = "FAM;IM;OT;W;DR;SNILS;SPOL;NPOL;SMO;LPU;LPUUCH;LPUDT";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private final RegisterRowParser parser = new RegisterRowParser(RegisterFileFormat.ofHeader(HEADER),
            Map.of("380004", 1L), Map.of(RegisterRowParser.districtKey(1, "2"), 20L), TODAY);

    private Object parse(int line, String text) {
        return parser.parse(line, text);
    }

    private String reason(Object parsed) {
        return ((RegisterRejection) parsed).reason();
    }

    @Test
    void aGoodLineBecomesARowWithItsKeyAndResolvedDirectory() {
        RegisterRow row = (RegisterRow) parse(2,
                "иванова;Мария;Петровна;2;14.05.1986;11223344595;;3850100000123458;\"АО «СОГАЗ-Мед»; филиал\";380004;2;2019-03-11");
        assertEquals("3850100000123458", row.key());
        assertEquals("Иванова", row.lastName());
        assertEquals("112-233-445 95", row.snils());
        assertEquals(Sex.F, row.sex());
        assertEquals("АО «СОГАЗ-Мед»; филиал", row.insurer());
        assertEquals(1L, row.institutionId());
        assertEquals(20L, row.districtId());
        assertEquals(LocalDate.of(2019, 3, 11), row.attachedSince());
    }

    @Test
    void anOldStylePolicyIsKeyedBySeriesAndNumber() {
        RegisterRow row = (RegisterRow) parse(2, "Петров;Николай;;М;02.11.1957;;ирк;0045678912;;380004;;17.06.2008");
        assertEquals("ИРК 0045678912", row.key());
        assertNull(row.districtId());
        assertEquals(Sex.M, row.sex());
    }

    @Test
    void eachBrokenRuleIsNamedAndTheFirstLineOfAPolicyWins() {
        assertEquals("card.error.policy.unified.checksum",
                reason(parse(2, "А;Б;;1;01.01.1980;;;3850100000123459;;380004;;01.01.2019")));
        assertEquals("card.error.snils.checksum",
                reason(parse(3, "А;Б;;1;01.01.1980;112-233-445 96;;3850100000123458;;380004;;01.01.2019")));
        assertEquals("card.error.name.last.required",
                reason(parse(4, ";Б;;1;01.01.1980;;;3850100000123458;;380004;;01.01.2019")));
        assertEquals("register.reject.birthDate.format",
                reason(parse(5, "А;Б;;1;30.02.1980;;;3850100000123458;;380004;;01.01.2019")));
        assertEquals("register.reject.birthDate.range",
                reason(parse(6, "А;Б;;1;02.12.2026;;;3850100000123458;;380004;;02.12.2026")));
        assertEquals("register.reject.sex", reason(parse(7, "А;Б;;3;01.01.1980;;;3850100000123458;;380004;;01.01.2019")));
        assertEquals("register.reject.lpu.unknown",
                reason(parse(8, "А;Б;;1;01.01.1980;;;3850100000123458;;380005;;01.01.2019")));
        assertEquals("register.reject.district.unknown",
                reason(parse(9, "А;Б;;1;01.01.1980;;;3850100000123458;;380004;9;01.01.2019")));
        assertEquals("register.reject.since.range",
                reason(parse(10, "А;Б;;1;01.01.1980;;;3850100000123458;;380004;;01.01.1979")));
        assertEquals("register.reject.columns", reason(parse(11, "А;Б;1")));
        assertNull(parse(12, "   "), "a blank line is skipped");

        RegisterRow first = (RegisterRow) parse(13, "А;Б;;1;01.01.1980;;;3850100000123458;;380004;;01.01.2019");
        RegisterRejection again = (RegisterRejection) parse(14, "В;Г;;1;01.01.1981;;;3850100000123458;;380004;;01.01.2019");
        assertEquals(List.of("register.reject.duplicate", "13"), List.of(again.reason(), again.argument()));
        assertEquals(13, first.line());
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        InvalidRegisterFileException refused = assertThrows(InvalidRegisterFileException.class,
                () -> RegisterFileFormat.ofHeader("\uFEFFfam;im;dr;npol"));
        assertEquals("columns.missing", refused.key());
        assertEquals("LPU, LPUDT", refused.argument());
    }

    @Test
    void aStoredEntryWithTheSameDataIsUnchanged() {
        RegisterRow row = (RegisterRow) parse(2, "Иванова;Мария;;2;14.05.1986;;;3850100000123458;;380004;2;11.03.2019");
        RegisterRow stored = new RegisterRow(0, row.key(), null, row.policyNumber(), null, "Иванова", "Мария", null,
                row.birthDate(), Sex.F, null, 1L, 20L, row.attachedSince());
        assertEquals(true, row.sameDataAs(stored));
        RegisterRow moved = new RegisterRow(0, row.key(), null, row.policyNumber(), null, "Иванова", "Мария", null,
                row.birthDate(), Sex.F, null, 1L, null, row.attachedSince());
        assertEquals(false, row.sameDataAs(moved));
    }
}
