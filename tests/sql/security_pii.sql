-- tests/sql/security_pii.sql: ID numbers are personal data (SECURITY.md "Personal data"): no
-- message of renshe repeats an ID number, whether it is an answer (check_idcard's table,
-- record_problems) or an error (unemployment_status, record_check); masking and a de-identified
-- export work. Expected output: security_pii.expected. Synthetic numbers built with the
-- GB 11643-1999 check rule, or its examples: no real people.

create table ids(id text);
insert into ids values ('370102199003071235'), ('37010219900307123'), ('3701021990030712355'),
  ('370102199013071238'), (' 370102199003071238'), ('99010219900307123X'), ('370102199003071238'),
  ('370102203003071238'), ('371202199003071234'), ('37010219900307123A'), ('３７０１０２１９９００３０７１２３８'),
  ('370102900307123'), ('370102901307123'), ('810000199408230021'), ('937156199003071230');
-- 01: check_idcard's table: message and warning never hold the number, its first 17 or 15
-- characters or its last 4 (every kind of error, with as_of and sex)
select '01_messages', count(*), sum(v.message is not null or v.warning is not null),
  sum(instr(coalesce(v.message, '') || coalesce(v.warning, ''), trim(ids.id)) > 0
      or (length(trim(ids.id)) >= 17 and instr(coalesce(v.message, '') || coalesce(v.warning, ''), substr(trim(ids.id), 1, 17)) > 0)
      or (length(trim(ids.id)) >= 15 and instr(coalesce(v.message, '') || coalesce(v.warning, ''), substr(trim(ids.id), 1, 15)) > 0)
      or instr(coalesce(v.message, '') || coalesce(v.warning, ''), substr(trim(ids.id), -4)) > 0)
  from ids, check_idcard(ids.id, '2026-11-24', 2) v;
-- 02: record_problems: no message holds the number given as AAC002 or AAC044
select '02_record_problems', count(*), sum(instr(p.message, substr(trim(ids.id), 1, 15)) > 0 or instr(p.message, trim(ids.id)) > 0)
  from ids, record_problems('exit', json_object('AAC002', ids.id, 'AAC044', ids.id, 'AAC058', '01'), '2026-11-24') p;
-- 03: errors: unemployment_status names the field and what is wrong, not the number
select '03_status', unemployment_status('济南', json_object('id', '370102199003071235',
  'registration', json_object('date', '2020-09-01', 'place', '户籍地')), '2020-11-01');
select '03_status', unemployment_status('济南', json_object('id', '37010219900307123A',
  'registration', json_object('date', '2020-09-01', 'place', '户籍地')), '2020-11-01');
-- 04: idcard_mask keeps 6 and 4 (6 and 3 of 15 digits), or what the caller asks for; any
-- other length is masked whole
select '04_mask', idcard_mask('370102199003071238'), idcard_mask('370102900307123'),
  idcard_mask('370102199003071238', 0, 4), idcard_mask('3701021990030712'), idcard_mask(NULL) is null;
-- 05: a de-identified export (the pattern SECURITY.md gives): masked number, birth year, sex,
-- region; the number itself appears nowhere in the output
create table people(id text, name text);
insert into people values ('370102199003071238', '张三'), ('11010519491231002X', '李四');
select '05_export', json_object('id', idcard_mask(id), 'birth_year', substr(idcard_birth(id), 1, 4),
  'sex', idcard_sex(id), 'region', substr(id, 1, 6)) from people order by rowid;
select '05_export_leaks', count(*) from people p, (select json_object('id', idcard_mask(id),
  'birth_year', substr(idcard_birth(id), 1, 4), 'sex', idcard_sex(id), 'region', substr(id, 1, 6)) j from people) e
  where instr(e.j, p.id) > 0 or instr(e.j, substr(p.id, 7, 8)) > 0;
