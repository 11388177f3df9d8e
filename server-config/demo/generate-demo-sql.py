#!/usr/bin/env python3
"""Writes the demo region's Flyway migration (ejb/src/main/resources/db/demo/V1__demo_region.sql).

The demo region is fictional but believable: Irkutsk polyclinics, their districts, doctors and
weekly templates. Edit the tables below and run this script again; the output is committed so
that the build needs no Python. Ids stay below 10000 (the sequences start there).
"""
import os
import random

INSTITUTIONS = [
    # id, name, short name, address, phone, patients
    (1, 'ОГБУЗ «Иркутская городская поликлиника № 4»', 'Поликлиника № 4',
     'г. Иркутск, ул. Байкальская, д. 293/7', '+7 (3952) 22-41-15', 'ADULT'),
    (2, 'ОГБУЗ «Иркутская городская детская поликлиника № 3»', 'Детская поликлиника № 3',
     'г. Иркутск, ул. Сурикова, д. 19', '+7 (3952) 24-18-62', 'CHILDREN'),
    (3, 'ОГАУЗ «Иркутская городская клиническая больница № 8», поликлиника', 'ГКБ № 8',
     'г. Иркутск, ул. Ярославского, д. 300', '+7 (3952) 44-36-10', 'ADULT'),
    (4, 'ОГБУЗ «Шелеховская районная больница»', 'Шелеховская РБ',
     'Иркутская обл., г. Шелехов, 4-й квартал, д. 2', '+7 (39550) 4-12-37', 'MIXED'),
]

DIVISIONS = [
    # id, institution, name, address, phone
    (1, 1, 'Терапевтическое отделение', None, None),
    (2, 1, 'Женская консультация', 'г. Иркутск, ул. Байкальская, д. 206', '+7 (3952) 22-40-73'),
    (3, 1, 'Консультативное отделение', None, None),
    (4, 2, 'Педиатрическое отделение', None, None),
    (5, 2, 'Филиал в мкр. Университетский', 'г. Иркутск, мкр. Университетский, д. 72', '+7 (3952) 36-05-14'),
    (6, 3, 'Терапевтическое отделение', None, None),
    (7, 3, 'Хирургическое отделение', None, None),
    (8, 4, 'Поликлиника для взрослых', None, None),
    (9, 4, 'Детская поликлиника', 'Иркутская обл., г. Шелехов, 1-й микрорайон, д. 28', '+7 (39550) 4-25-80'),
]

SPECIALTIES = [
    # id, federal code (V021), name, min age, max age, sex, district kind
    (1, '76', 'Терапевт участковый', 18, None, None, 'THERAPEUTIC'),
    (2, '68', 'Педиатр участковый', 0, 17, None, 'PEDIATRIC'),
    (3, '49', 'Врач общей практики (семейный врач)', None, None, None, 'GENERAL_PRACTICE'),
    (4, '90', 'Хирург', 18, None, None, None),
    (5, '20', 'Детский хирург', 0, 17, None, None),
    (6, '65', 'Офтальмолог', None, None, None, None),
    (7, '64', 'Оториноларинголог', None, None, None, None),
    (8, '53', 'Невролог', None, None, None, None),
    (9, '29', 'Кардиолог', 18, None, None, None),
    (10, '97', 'Эндокринолог', 18, None, None, None),
    (11, '19', 'Детский эндокринолог', 0, 17, None, None),
    (12, '2', 'Акушер-гинеколог', 14, None, 'F', None),
    (13, '85', 'Уролог', 18, None, 'M', None),
    (14, '84', 'Стоматолог-терапевт', 18, None, None, None),
]

# id, institution, division, specialty, last, first, middle, cabinet
DOCTORS = [
    (1, 1, 1, 1, 'Кузнецова', 'Ольга', 'Викторовна', '201'),
    (2, 1, 1, 1, 'Смирнов', 'Алексей', 'Игоревич', '202'),
    (3, 1, 1, 1, 'Попова', 'Наталья', 'Сергеевна', '203'),
    (4, 1, 1, 1, 'Васильева', 'Елена', 'Анатольевна', '204'),
    (5, 1, 1, 1, 'Петров', 'Дмитрий', 'Александрович', '205'),
    (6, 1, 1, 1, 'Соколова', 'Ирина', 'Михайловна', '206'),
    (7, 1, 3, 4, 'Михайлов', 'Сергей', 'Николаевич', '112'),
    (8, 1, 3, 6, 'Новикова', 'Татьяна', 'Юрьевна', '305'),
    (9, 1, 3, 7, 'Фёдоров', 'Андрей', 'Владимирович', '307'),
    (10, 1, 3, 8, 'Морозова', 'Светлана', 'Геннадьевна', '310'),
    (11, 1, 3, 9, 'Волков', 'Игорь', 'Петрович', '312'),
    (12, 1, 3, 10, 'Алексеева', 'Марина', 'Олеговна', '314'),
    (13, 1, 2, 12, 'Лебедева', 'Анна', 'Валерьевна', '8'),
    (14, 1, 3, 13, 'Семёнов', 'Виктор', 'Евгеньевич', '316'),
    (15, 1, 3, 14, 'Егорова', 'Людмила', 'Ивановна', '120'),
    (16, 2, 4, 2, 'Павлова', 'Юлия', 'Андреевна', '11'),
    (17, 2, 4, 2, 'Козлова', 'Оксана', 'Витальевна', '12'),
    (18, 2, 4, 2, 'Степанова', 'Галина', 'Борисовна', '14'),
    (19, 2, 5, 2, 'Николаева', 'Екатерина', 'Дмитриевна', '3'),
    (20, 2, 5, 2, 'Орлова', 'Вера', 'Константиновна', '4'),
    (21, 2, 4, 5, 'Андреев', 'Максим', 'Сергеевич', '21'),
    (22, 2, 4, 11, 'Макарова', 'Ксения', 'Павловна', '23'),
    (23, 2, 4, 6, 'Никитина', 'Алла', 'Романовна', '25'),
    (24, 2, 4, 7, 'Захаров', 'Павел', 'Леонидович', '26'),
    (25, 2, 4, 8, 'Зайцева', 'Надежда', 'Фёдоровна', '27'),
    (26, 3, 6, 1, 'Соловьёва', 'Мария', 'Александровна', '105'),
    (27, 3, 6, 1, 'Борисов', 'Евгений', 'Валентинович', '106'),
    (28, 3, 6, 1, 'Яковлева', 'Лариса', 'Николаевна', '107'),
    (29, 3, 6, 1, 'Григорьев', 'Константин', 'Олегович', '108'),
    (30, 3, 7, 4, 'Романов', 'Артём', 'Вячеславович', '214'),
    (31, 3, 6, 6, 'Воробьёва', 'Тамара', 'Ильинична', '220'),
    (32, 3, 6, 8, 'Сергеев', 'Олег', 'Викторович', '222'),
    (33, 4, 8, 3, 'Кузьмина', 'Валентина', 'Петровна', '9'),
    (34, 4, 8, 3, 'Фролов', 'Николай', 'Иванович', '10'),
    (35, 4, 8, 3, 'Белова', 'Инна', 'Сергеевна', '15'),
    (36, 4, 9, 2, 'Медведева', 'Дарья', 'Алексеевна', '4'),
    (37, 4, 9, 2, 'Антонова', 'Полина', 'Игоревна', '6'),
]

DISTRICTS = [
    # id, institution, number, kind, doctor
    (1, 1, '1', 'THERAPEUTIC', 1), (2, 1, '2', 'THERAPEUTIC', 2), (3, 1, '3', 'THERAPEUTIC', 3),
    (4, 1, '4', 'THERAPEUTIC', 4), (5, 1, '5', 'THERAPEUTIC', 5), (6, 1, '6', 'THERAPEUTIC', 6),
    (7, 2, '1', 'PEDIATRIC', 16), (8, 2, '2', 'PEDIATRIC', 17), (9, 2, '3', 'PEDIATRIC', 18),
    (10, 2, '4', 'PEDIATRIC', 19), (11, 2, '5', 'PEDIATRIC', 20),
    (12, 3, '11', 'THERAPEUTIC', 26), (13, 3, '12', 'THERAPEUTIC', 27), (14, 3, '13', 'THERAPEUTIC', 28),
    (15, 3, '14', 'THERAPEUTIC', 29),
    (16, 4, '1', 'GENERAL_PRACTICE', 33), (17, 4, '2', 'GENERAL_PRACTICE', 34),
    (18, 4, '3', 'GENERAL_PRACTICE', 35),
    (19, 4, '4', 'PEDIATRIC', 36), (20, 4, '5', 'PEDIATRIC', 37),
]

MON_FRI = 0b0011111
MON_WED_FRI = 0b0010101
TUE_THU = 0b0001010
SATURDAY = 0b0100000


def templates():
    """One or two weekly templates per doctor: district doctors alternate mornings and afternoons."""
    rows = []
    next_id = 1
    for doctor in DOCTORS:
        doctor_id, specialty = doctor[0], doctor[3]
        district = specialty in (1, 2, 3)
        morning = doctor_id % 2 == 1
        minutes = 15 if district else 20
        if district:
            starts, ends = ('08:00', '12:00') if morning else ('14:00', '18:00')
            rows.append((next_id, doctor_id, MON_FRI, starts, ends, minutes, 'INTERNET'))
        else:
            rows.append((next_id, doctor_id, MON_WED_FRI, '09:00', '13:00', minutes, 'INTERNET'))
            next_id += 1
            rows.append((next_id, doctor_id, TUE_THU, '14:00', '18:00', minutes, 'INTERNET'))
        next_id += 1
        if district and doctor_id % 3 == 0:
            # Saturday reception for those who phone or come in: registry only.
            rows.append((next_id, doctor_id, SATURDAY, '09:00', '12:00', minutes, 'REGISTRY'))
            next_id += 1
    return rows


BANNERS = [
    # id, title, body, link url, link text, order
    (1, 'Запись к врачу на 14 дней вперёд',
     'Запись к врачу через портал открыта на 14 дней вперёд. Новые талоны появляются каждый день после '
     'полуночи. Если записаться не удалось, позвоните в регистратуру своей поликлиники.', None, None, 1),
    (2, 'Вакцинация против гриппа',
     'В поликлиниках Иркутской области идёт бесплатная вакцинация против гриппа. Запишитесь на приём '
     'к участковому терапевту, педиатру или врачу общей практики.', None, None, 2),
    (3, 'Диспансеризация взрослого населения',
     'Пройти диспансеризацию можно в поликлинике по месту прикрепления. Возьмите с собой паспорт и '
     'полис ОМС.', 'https://www.gosuslugi.ru/', 'Подробнее на портале Госуслуг', 3),
]


INSURERS = [
    'АО «Страховая компания «СОГАЗ-Мед», Иркутский филиал',
    'ООО «Капитал Медицинское Страхование», филиал в Иркутской области',
    'АО «Страховая компания «Ингосстрах-М», Иркутский филиал',
]

# The emulator's test persons (esia-emulator/src/main/resources/persons.json), each attached somewhere,
# except Васильева Анна Игоревна, whose attachment search must come out NOT_FOUND. Polina is listed
# without policy and SNILS, so that her card is found by name and birth date.
# policy series, policy number, snils, last, first, middle, birth, sex, insurer, institution, district, since
TEST_PERSONS = [
    (None, '3850100000123458', '112-233-445 95', 'Иванова', 'Мария', 'Петровна', '1986-05-14', 'F', 0, 1, 2,
     '2019-03-11'),
    # Артём's birth and attachment dates are moved to nine years before the current year by V7__demo_child_age.sql.
    (None, '3850100000234560', '156-789-012 11', 'Иванов', 'Артём', 'Сергеевич', '2017-09-03', 'M', 0, 2, 7,
     '2017-09-20'),
    (None, None, None, 'Иванова', 'Полина', 'Сергеевна', '2011-02-21', 'F', 0, 2, 8, '2011-03-05'),
    ('ИРК', '0045678912', '190-123-456 36', 'Петров', 'Николай', 'Иванович', '1957-11-02', 'M', 1, 3, 12,
     '2008-06-17'),
    (None, '3850100000345671', '134-567-890 90', 'Сидоров', 'Алексей', 'Викторович', '1990-07-30', 'M', 2, 4, 16,
     '2021-01-25'),
    (None, '3850100000567894', '145-678-901 05', 'Смирнов', 'Дмитрий', 'Олегович', '1979-01-11', 'M', 1, 1, 5,
     '2015-10-02'),
]

MALE = [('Алексеев', 'Сергей', 'Павлович'), ('Беляев', 'Игорь', 'Сергеевич'), ('Громов', 'Павел', 'Андреевич'),
        ('Данилов', 'Роман', 'Олегович'), ('Ершов', 'Виктор', 'Николаевич'), ('Жуков', 'Антон', 'Ильич'),
        ('Зуев', 'Михаил', 'Юрьевич'), ('Ильин', 'Денис', 'Максимович'), ('Комаров', 'Егор', 'Витальевич'),
        ('Лазарев', 'Глеб', 'Артёмович')]
FEMALE = [('Абрамова', 'Елена', 'Сергеевна'), ('Баранова', 'Ольга', 'Петровна'), ('Виноградова', 'Анна', 'Ильинична'),
          ('Голубева', 'Ксения', 'Романовна'), ('Дмитриева', 'Алёна', 'Викторовна'), ('Ефимова', 'Дарья', 'Олеговна'),
          ('Зимина', 'Софья', 'Андреевна'), ('Исаева', 'Вера', 'Денисовна'), ('Калинина', 'Юлия', 'Игоревна'),
          ('Лукина', 'Марина', 'Глебовна')]
ADULT_DISTRICTS = [d for d in DISTRICTS if d[3] in ('THERAPEUTIC', 'GENERAL_PRACTICE')]
CHILD_DISTRICTS = [d for d in DISTRICTS if d[3] == 'PEDIATRIC']


def luhn_digit(digits):
    total, double = 0, True
    for c in reversed(digits):
        d = int(c) * 2 if double else int(c)
        total += d - 9 if d > 9 else d
        double = not double
    return (10 - total % 10) % 10


def snils_check(nine):
    total = sum(int(c) * (9 - i) for i, c in enumerate(nine))
    if total < 100:
        return total
    if total <= 101:
        return 0
    return 0 if total % 101 == 100 else total % 101


def register_rows():
    """The test persons, then 400 fictional residents with valid ЕНП and SNILS, the same on every run."""
    rng = random.Random(3801)
    rows = [(i + 1,) + p[:8] + (INSURERS[p[8]],) + p[9:] for i, p in enumerate(TEST_PERSONS)]
    for n in range(400):
        female = n % 2 == 0
        last, first, middle = rng.choice(FEMALE if female else MALE)
        year = rng.randint(1935, 2023)
        birth = f'{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'
        enp15 = '385' + f'{rng.randint(0, 10 ** 12 - 1):012d}'
        nine = f'{rng.randint(2_000_000, 999_999_999):09d}'
        child = year >= 2009
        district = rng.choice(CHILD_DISTRICTS if child else ADULT_DISTRICTS)
        since = f'{max(year, 2005) + rng.randint(0, 1)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}'
        rows.append((len(rows) + 1, None, enp15 + str(luhn_digit(enp15)), f'{nine[:3]}-{nine[3:6]}-{nine[6:]} '
                     f'{snils_check(nine):02d}', last, first, middle, birth, 'F' if female else 'M',
                     INSURERS[rng.randint(0, 2)], district[1], district[0], since))
    return rows


def sql_value(value):
    if value is None:
        return 'null'
    if isinstance(value, int):
        return str(value)
    return "'" + str(value).replace("'", "''") + "'"


def insert(table, columns, rows):
    lines = [f"insert into {table} ({', '.join(columns)}) values"]
    values = [f"    ({', '.join(sql_value(v) for v in row)})" for row in rows]
    return '\n'.join(lines) + '\n' + ',\n'.join(values) + ';\n'


def main():
    out = ['-- The demo region (generated by server-config/demo/generate-demo-sql.py: edit that, not this).',
           '-- Loaded only where registratura.demo-data=true, with its own history table.', '']
    out.append(insert('institution', ['id', 'name', 'short_name', 'address', 'phone', 'patients'], INSTITUTIONS))
    out.append(insert('division', ['id', 'institution_id', 'name', 'address', 'phone'], DIVISIONS))
    out.append(insert('specialty', ['id', 'federal_code', 'name', 'min_age', 'max_age', 'sex', 'district_kind'],
                      SPECIALTIES))
    out.append(insert('doctor', ['id', 'institution_id', 'division_id', 'specialty_id', 'last_name',
                                 'first_name', 'middle_name', 'cabinet'], DOCTORS))
    out.append(insert('district', ['id', 'institution_id', 'number', 'kind', 'doctor_id'], DISTRICTS))
    out.append(insert('schedule_template', ['id', 'doctor_id', 'weekdays', 'starts', 'ends', 'slot_minutes',
                                            'access', 'valid_from'],
                      [row + ('2025-01-01',) for row in templates()]))
    out.append(insert('banner', ['id', 'title', 'body', 'link_url', 'link_text', 'sort_order', 'shown_from'],
                      [row + ('2025-01-01',) for row in BANNERS]))
    target = os.path.join(os.path.dirname(__file__), '..', '..', 'ejb', 'src', 'main', 'resources', 'db', 'demo',
                          'V1__demo_region.sql')
    with open(target, 'w', encoding='utf-8') as f:
        f.write('\n'.join(out))
    register = ['-- The demo region\'s attachment register (generated by server-config/demo/generate-demo-sql.py).',
                '-- The ESIA emulator\'s test persons, except Васильева Анна Игоревна (NOT_FOUND), and fictional residents.',
                '']
    register.append(insert('attachment_register', ['id', 'policy_series', 'policy_number', 'snils', 'last_name',
                                                   'first_name', 'middle_name', 'birth_date', 'sex', 'insurer',
                                                   'institution_id', 'district_id', 'attached_since'], register_rows()))
    with open(os.path.join(os.path.dirname(target), 'V2__attachment_register.sql'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(register))


if __name__ == '__main__':
    main()
