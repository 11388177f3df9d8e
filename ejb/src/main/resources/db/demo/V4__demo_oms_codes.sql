-- The demo institutions' codes in the federal register of medical organisations, as the attachment register
-- file names them (column LPU). Fictional but of the real shape: the region's code 38, then four digits.
update institution set oms_code = '380004' where id = 1;
update institution set oms_code = '380103' where id = 2;
update institution set oms_code = '380008' where id = 3;
update institution set oms_code = '382501' where id = 4;
