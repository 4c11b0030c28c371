-- tests/sql/json.sql: renshe_json_valid, renshe_json, renshe_json_object, renshe_json_patch
-- (ext/json_sql.c over jansson): the innocuous JSON functions the shipped schema uses instead of
-- SQLite 3.40's json_valid/json_object/json_patch, which trusted_schema=OFF refuses in a schema.
-- Run from the repository root by tests/run.sh; expected output in json.expected.

-- renshe_json_valid: one JSON value of any type; NULL for NULL; a BLOB is not JSON.
select 'j01', renshe_json_valid('{"a":1}'), renshe_json_valid('[1,2]'), renshe_json_valid('"s"'), renshe_json_valid('1.5'), renshe_json_valid('null'), renshe_json_valid(' {} ');
select 'j02', renshe_json_valid('{a:1}'), renshe_json_valid('{"a":1'), renshe_json_valid(''), renshe_json_valid('{} {}'), renshe_json_valid('[1,]'), renshe_json_valid(x'7b7d');
select 'j03', renshe_json_valid(NULL) is null, renshe_json_valid(5), renshe_json_valid('{"a":1,"a":2}'), renshe_json_valid('"\u0000"'), renshe_json_valid('99999999999999999999');
-- the same answers as SQLite's json_valid on ordinary JSON
select 'j04', count(*), sum(renshe_json_valid(column1) = json_valid(column1)) from (values ('{}'), ('[]'), ('{"a":[1,{"b":null}]}'), ('tru'), ('true'), ('{"a"}'), ('-0.5e3'), ('01'), ('"a\tb"'), ('"\ud83d\ude00"'));

-- renshe_json: compact, marked as JSON for json_object (ours and SQLite's); malformed is an error.
select 'j05', renshe_json(' { "a" : [ 1 , 2 ] } '), json_object('x', renshe_json('[1, 2]')), renshe_json(NULL) is null;
select 'j06', renshe_json('{"a":');
select 'j07', renshe_json(x'7b7d');

-- renshe_json_object: keys in order; NULL, integers, reals, text, nested JSON; the same text as json_object.
select 'j08', renshe_json_object('id', '370102199003071238', 'n', 2, 'x', NULL, 'r', 1.5, 's', '引"号\');
select 'j09', renshe_json_object('o', renshe_json_object('a', 1), 'j', json_array(1, 2), 'p', renshe_json_patch('{}', '{"k":true}'), 't', '[1]');
select 'j10', renshe_json_object(), renshe_json_object('a', 1, 'a', 2);
select 'j11', renshe_json_object('a', 'x') = json_object('a', 'x'), renshe_json_object('id', '1', 'e', renshe_json('[]')) = json_object('id', '1', 'e', json('[]'));
select 'j12', renshe_json_object('a');
select 'j13', renshe_json_object(1, 'a');
select 'j14', renshe_json_object('a', x'00');
select 'j15', renshe_json_object('a', 9e999);
select 'j16', renshe_json_object('a', cast(x'ff' as text));
select 'j17', renshe_json_object(cast(x'c0af' as text), 1);

-- renshe_json_patch: RFC 7396 (its appendix A examples), as json_patch.
select 'j18', renshe_json_patch('{"a":"b"}', '{"a":"c"}'), renshe_json_patch('{"a":"b"}', '{"b":"c"}'), renshe_json_patch('{"a":"b"}', '{"a":null}');
select 'j19', renshe_json_patch('{"a":"b","b":"c"}', '{"a":null}'), renshe_json_patch('{"a":["b"]}', '{"a":"c"}'), renshe_json_patch('{"a":"c"}', '{"a":["b"]}');
select 'j20', renshe_json_patch('{"a":{"b":"c"}}', '{"a":{"b":"d","c":null}}'), renshe_json_patch('{"a":[{"b":"c"}]}', '{"a":[1]}');
select 'j21', renshe_json_patch('["a","b"]', '["c","d"]'), renshe_json_patch('{"a":"b"}', '["c"]'), renshe_json_patch('{"a":"foo"}', 'null'), renshe_json_patch('{"e":null}', '{"a":1}');
select 'j22', renshe_json_patch('[1,2]', '{"a":"b","c":null}'), renshe_json_patch('{}', '{"a":{"bb":{"ccc":null}}}');
select 'j23', renshe_json_patch(NULL, '{}') is null, renshe_json_patch('{}', NULL) is null;
select 'j24', renshe_json_patch('{"date":"2020-10-15","type":"employed"}', '{"code":"11"}') = json_patch('{"date":"2020-10-15","type":"employed"}', '{"code":"11"}');
select 'j25', renshe_json_patch('{', '{}');
select 'j26', renshe_json_patch('{}', '[1');

-- innocuous: usable in a view read with trusted_schema=OFF (SQLite's json_object is not, on 3.40)
create table ev(k, v);
insert into ev values (1, 'a'), (1, 'b');
create view vj as select renshe_json_object('k', k, 'vs', renshe_json('[' || group_concat(renshe_json_object('v', v), ',') || ']'), 'ok', renshe_json_valid('{}')) as j from ev group by k;
pragma trusted_schema = off;
select 'j27', j from vj;
