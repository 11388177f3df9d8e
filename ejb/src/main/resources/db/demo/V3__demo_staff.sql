-- Demo staff of the demo region (only with registratura.demo-data): their passwords are in the README.
-- Hashes: PBKDF2WithHmacSHA512, 210,000 iterations, as ru.registratura.domain.staff.Passwords makes them.

insert into staff_user (id, username, full_name, password_hash, enabled, failed_attempts, password_changed_at, created_at) values
    (100, 'admin.demo', 'Админова Анна Сергеевна', 'PBKDF2WithHmacSHA512:210000:Flkhl4w2fqMfCy5v5bRfQkeE5NLig2JcyW38Lb6LN1M=:Ew+FFuGVS3n8Hxtc5dn1gJRrjlYI34e0BcHOEI7ytTIG8VIfl6A6PLxMlOb1T+3s4SbZsyOvn1SHYiJvWrqdSA==', true, 0, timestamp with time zone '2026-11-01 00:00:00+00', timestamp with time zone '2026-11-01 00:00:00+00');
insert into staff_user_role (staff_user_id, role) values (100, 'ADMIN');

insert into staff_user (id, username, full_name, password_hash, enabled, failed_attempts, password_changed_at, created_at) values
    (101, 'registrator.p4', 'Смирнова Ольга Петровна', 'PBKDF2WithHmacSHA512:210000:UvsOzzhFS+ljOr6Wrj2XLC38n7QCopPh/X+ZXphTk2U=:gCrsrQ0LwVqb7EunlUZlZuJR5s5TKVrjy/2Bpt0fkwV4j6QrnGVH2VH4AYpn4ABidZfXTp2hOuYe32GX9oE0CA==', true, 0, timestamp with time zone '2026-11-01 00:00:00+00', timestamp with time zone '2026-11-01 00:00:00+00');
insert into staff_user_role (staff_user_id, role) values (101, 'REGISTRAR');
insert into staff_user_institution (staff_user_id, institution_id) values (101, 1);

insert into staff_user (id, username, full_name, password_hash, enabled, failed_attempts, password_changed_at, created_at) values
    (102, 'registrator.dp3', 'Кузнецова Елена Ивановна', 'PBKDF2WithHmacSHA512:210000:zBn/ZOWoo9n9Vht8NBbkdZTYG8MjOW5s7lkNs8miWhE=:nnL7TgcEEecgD0qUUb65LhRgbs68rStBab74aQiCqJ+DB9J0eRbPTSE+HVZ1Ye6EgKqQzd4YaYVFdOqQ7xzckQ==', true, 0, timestamp with time zone '2026-11-01 00:00:00+00', timestamp with time zone '2026-11-01 00:00:00+00');
insert into staff_user_role (staff_user_id, role) values (102, 'REGISTRAR');
insert into staff_user_institution (staff_user_id, institution_id) values (102, 2);
