-- The demo region's «Законодательство»: the federal laws that govern the portal. The region's own acts (its
-- programme of state guarantees and its order on appointments) are the region's admins' to add with their numbers.

insert into legal_act (id, level, title, number, adopted_on, url, sort_order) values
(1, 'FEDERAL', 'Об основах охраны здоровья граждан в Российской Федерации', '323-ФЗ', date '2011-11-21',
 'http://www.consultant.ru/document/cons_doc_LAW_121895/', 10),
(2, 'FEDERAL', 'Об обязательном медицинском страховании в Российской Федерации', '326-ФЗ', date '2010-11-29',
 'http://www.consultant.ru/document/cons_doc_LAW_107289/', 20),
(3, 'FEDERAL', 'О персональных данных', '152-ФЗ', date '2006-07-27',
 'http://www.consultant.ru/document/cons_doc_LAW_61801/', 30),
(4, 'FEDERAL', 'Об информации, информационных технологиях и о защите информации', '149-ФЗ', date '2006-07-27',
 'http://www.consultant.ru/document/cons_doc_LAW_61798/', 40),
(5, 'FEDERAL', 'Об электронной подписи', '63-ФЗ', date '2011-04-06',
 'http://www.consultant.ru/document/cons_doc_LAW_112701/', 50),
(6, 'FEDERAL', 'Об утверждении Порядка выбора гражданином медицинской организации при оказании ему медицинской помощи в рамках программы государственных гарантий бесплатного оказания гражданам медицинской помощи (приказ Минздравсоцразвития России)',
 '406н', date '2012-04-26', null, 60);
