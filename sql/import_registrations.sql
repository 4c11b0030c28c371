-- sql/import_registrations.sql: load a roster of registrations (失业登记) into the appliance, and
-- prove that nothing was lost: every record is either in registration or in import_reject.
--
-- Usage, in the sqlite3 shell with the extension loaded and sql/schema.sql read:
--   CREATE VIRTUAL TABLE temp.src USING csv_file(filename='roster.csv');   -- any encoding
--   .parameter set @file "'roster.csv'"
--   .parameter set @as_of "'2026-11-24'"     -- dates after it are errors (future_date)
--   .read sql/import_registrations.sql
--   DROP TABLE temp.src;
-- The roster has the columns of the 审核结果信息 record by their Chinese names (系统流水号,
-- 失业登记地行政区划代码, 申请日期, 姓名, 性别, …, 审核结果, 经办人, 经办日期), as the provincial system
-- exports them. A record is rejected, with its line and every reason, when the CSV reader rejects
-- it (ragged, bad bytes: csv_file's _error), when record_problems('audit', …) finds an error in it
-- (鲁人社字〔2020〕39号 附件5 四(二): required fields, lengths, codes, dates, names, phones, the ID
-- number and its sex), or when its 系统流水号 is already registered or repeated in the file. The
-- import is one transaction, and import_file's CHECK (rows_in = loaded + rejected) fails it whole
-- if the count does not add up. place_kind (登记地点, our own column) is filled from ADC221 (1 户籍地,
-- 2 常住地); a registration at the 就业地 or 参保地 (人社厅发〔2020〕79号 一(一), from 2020-07-20), which the
-- national record cannot say, is marked after the import:
--   UPDATE registration SET place_kind = '就业地' WHERE AAZ341 = '…';
BEGIN IMMEDIATE;
INSERT INTO import_file(path, kind, as_of, rows_in) VALUES (@file, 'registration', @as_of, (SELECT count(*) FROM temp.src));

CREATE TEMP TABLE import_stage AS
SELECT _line AS line, _error AS csv_error, 系统流水号 AS serial,
       json_object('系统流水号', 系统流水号, '失业登记地行政区划代码', 失业登记地行政区划代码, '申请日期', 申请日期,
                   '姓名', 姓名, '性别', 性别, '民族', 民族, '学历', 学历, '健康状况', 健康状况, '伤残等级', 伤残等级,
                   '失业时间', 失业时间, '社会保障号码', 社会保障号码, '证件类型', 证件类型, '证件号码', 证件号码,
                   '户籍地行政区划代码', 户籍地行政区划代码, '户籍地详细地址', 户籍地详细地址,
                   '常住地行政区划代码', 常住地行政区划代码, '常住地详细地址', 常住地详细地址, '手机号码', 手机号码,
                   '固定电话', 固定电话, '登记失业地类型', 登记失业地类型, '失业登记原因', 失业登记原因,
                   '其他失业原因', 其他失业原因, '是否申领失业保险金', 是否申领失业保险金, '审核结果', 审核结果,
                   '审核不通过原因', 审核不通过原因, '经办人', 经办人, '经办日期', 经办日期) AS rec
  FROM temp.src;

-- What the CSV reader rejected, what the national spec rejects, and repeated serials.
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), line, NULL, 'csv', csv_error FROM import_stage WHERE csv_error IS NOT NULL;
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), s.line, p.field, p.rule, p.message
  FROM import_stage s, record_problems('audit', s.rec, @as_of) p
 WHERE s.csv_error IS NULL AND p.severity = 'error';
INSERT INTO import_reject(file_id, line, field, rule, message)
SELECT (SELECT max(id) FROM import_file), s.line, 'AAZ341', 'duplicate',
       'AAZ341 系统流水号: already registered, or repeated in this file / 系统流水号重复'
  FROM import_stage s
 WHERE s.csv_error IS NULL
   AND (EXISTS (SELECT 1 FROM registration r WHERE r.AAZ341 = s.serial)
        OR EXISTS (SELECT 1 FROM import_stage t WHERE t.serial = s.serial AND t.line < s.line));

-- The rest, in the national field codes (values as export would write them: record_export).
INSERT INTO registration(AAZ341, AAB301, AAE127, AAC003, AAC004, AAC005, AAC011, AAC033, ALA040, AJC090,
       AAC002, AAC058, AAC044, AAB299, AAC010, AAF016, AAC046, AAC067, AAE005, ADC221, AJC093, ADC220,
       ADC222, AAE540, AAE360, AAE011, AAE036, place_kind, file_id, line)
SELECT x->>'AAZ341', x->>'AAB301', x->>'AAE127', x->>'AAC003', x->>'AAC004', x->>'AAC005', x->>'AAC011',
       x->>'AAC033', x->>'ALA040', x->>'AJC090', x->>'AAC002', x->>'AAC058', x->>'AAC044', x->>'AAB299',
       x->>'AAC010', x->>'AAF016', x->>'AAC046', x->>'AAC067', x->>'AAE005', x->>'ADC221', x->>'AJC093',
       x->>'ADC220', x->>'ADC222', x->>'AAE540', x->>'AAE360', x->>'AAE011', x->>'AAE036',
       CASE x->>'ADC221' WHEN '1' THEN '户籍地' WHEN '2' THEN '常住地' END,
       (SELECT max(id) FROM import_file), line
  FROM (SELECT line, record_export('audit', rec, @as_of) AS x FROM import_stage
         WHERE line NOT IN (SELECT line FROM import_reject WHERE file_id = (SELECT max(id) FROM import_file)));

UPDATE import_file
   SET loaded = (SELECT count(*) FROM registration WHERE file_id = import_file.id),
       rejected = (SELECT count(DISTINCT line) FROM import_reject WHERE file_id = import_file.id)
 WHERE id = (SELECT max(id) FROM import_file);
DROP TABLE temp.import_stage;
COMMIT;
