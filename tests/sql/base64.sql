-- tests/sql/base64.sql: base64_encode / base64_decode (ext/b64_sql.c, libb64).
-- Run from the repository root by tests/run.sh; expected output in base64.expected.

-- RFC 4648 §10 test vectors, both ways.
select 'b64_01', base64_encode(''), base64_encode('f'), base64_encode('fo'), base64_encode('foo');
select 'b64_02', base64_encode('foob'), base64_encode('fooba'), base64_encode('foobar');
select 'b64_03', quote(base64_decode('')), cast(base64_decode('Zg==') as text), cast(base64_decode('Zm8=') as text), cast(base64_decode('Zm9v') as text);
select 'b64_04', cast(base64_decode('Zm9vYg==') as text), cast(base64_decode('Zm9vYmE=') as text), cast(base64_decode('Zm9vYmFy') as text);
select 'b64_05', typeof(base64_decode('Zm9v')), typeof(base64_encode(x'00')), base64_encode(x'00'), base64_encode(x'fbff'), hex(base64_decode('+/8='));

-- NULL in, NULL out; x'' and '' are values.
select 'b64_06', base64_encode(NULL) is null, base64_decode(NULL) is null, base64_encode(x''), quote(base64_decode('')), base64_encode(x'00', NULL);

-- Every length 0..300 round-trips, with the right length and no line break (libb64 breaks at 72).
-- B holds bytes (37k + 11) mod 256, k = 0..299: every byte value.
with recursive n(i) as (select 0 union all select i + 1 from n where i < 300),
b(x) as (select x'0B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42678CB1D6FB20456A8FB4D9FE23486D92B7DC01264B7095BADF04294E7398BDE2072C51769BC0E50A2F54799EC3E80D32577CA1C6EB10355A7FA4C9EE13385D82A7CCF1163B6085AACFF4193E6388ADD2F71C41668BB0D5FA1F44698EB3D8FD22476C91B6DB00254A6F94B9DE03284D7297BCE1062B50759ABFE4092E53789DC2E70C31567BA0C5EA0F34597EA3C8ED12375C81A6CBF0153A5F84A9CEF3183D6287ACD1F61B40658AAFD4F91E43688DB2D7FC21466B90B5DAFF24496E93B8DD02274C7196BBE0052A4F7499BEE3082D52779CC1E60B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42')
select 'b64_07', count(*),
  sum(base64_decode(base64_encode(substr(x, 1, i))) = substr(x, 1, i)),
  sum(length(base64_encode(substr(x, 1, i))) = (i + 2) / 3 * 4),
  sum(instr(base64_encode(substr(x, 1, i)), char(10)) = 0),
  sum(base64_decode(base64_encode(substr(x, 1, i), 76)) = substr(x, 1, i)),
  sum(base64_decode(replace(base64_encode(substr(x, 1, i), 64), char(10), char(13, 10))) = substr(x, 1, i))
from n, b;

-- line_length: a "\n" after every N characters, none after the last; 0 or NULL: none.
select 'b64_08', replace(base64_encode('foobar', 4), char(10), '/'), replace(base64_encode('foob', 3), char(10), '/'), base64_encode('foobar', 0), base64_encode('foobar', 8);
select 'b64_09', length(base64_encode(zeroblob(57), 76)), length(base64_encode(zeroblob(58), 76)), length(base64_encode(zeroblob(300), 76)) - length(replace(base64_encode(zeroblob(300), 76), char(10), ''));
select 'b64_10', base64_encode('x', -1);
select 'b64_11', base64_encode('x', 'wide');
select 'b64_12', base64_encode('x', 1.5);

-- Text is encoded as its UTF-8 bytes; decoding gives a BLOB to cast back.
select 'b64_13', base64_encode('淄博'), cast(base64_decode('5reE5Y2a') as text);

-- Line breaks (CR, LF) are accepted when decoding; nothing else is.
select 'b64_14', cast(base64_decode('Zm9v' || char(10) || 'YmFy') as text), cast(base64_decode('Zm9v' || char(13, 10) || 'YmFy' || char(13, 10)) as text);
select 'b64_15', base64_decode('Zm9v YmFy');
select 'b64_16', base64_decode('Zm9v' || char(9) || 'YmFy');
select 'b64_17', base64_decode('Zm-v');
select 'b64_18', base64_decode('Zm_v');
select 'b64_19', base64_decode('Zm9v张三');
select 'b64_20', base64_decode('Zm9');
select 'b64_21', base64_decode('Z');
select 'b64_22', base64_decode('Zg==Zm9v');
select 'b64_23', base64_decode('Z===');
select 'b64_24', base64_decode('Zg===');
select 'b64_25', base64_decode('Zh==');
select 'b64_26', base64_decode('Zm9=');
select 'b64_27', base64_decode('Zm9v' || char(0) || 'YmFy');
select 'b64_28', base64_decode('====');

-- Binary data survives: a PNG signature and an all-bytes blob.
select 'b64_29', base64_encode(x'89504e470d0a1a0a'), hex(base64_decode('iVBORw0KGgo='));
select 'b64_30', base64_decode(base64_encode(x'0B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42678CB1D6FB20456A8FB4D9FE23486D92B7DC01264B7095BADF04294E7398BDE2072C51769BC0E50A2F54799EC3E80D32577CA1C6EB10355A7FA4C9EE13385D82A7CCF1163B6085AACFF4193E6388ADD2F71C41668BB0D5FA1F44698EB3D8FD22476C91B6DB00254A6F94B9DE03284D7297BCE1062B50759ABFE4092E53789DC2E70C31567BA0C5EA0F34597EA3C8ED12375C81A6CBF0153A5F84A9CEF3183D6287ACD1F61B40658AAFD4F91E43688DB2D7FC21466B90B5DAFF24496E93B8DD02274C7196BBE0052A4F7499BEE3082D52779CC1E60B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42')) = x'0B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42678CB1D6FB20456A8FB4D9FE23486D92B7DC01264B7095BADF04294E7398BDE2072C51769BC0E50A2F54799EC3E80D32577CA1C6EB10355A7FA4C9EE13385D82A7CCF1163B6085AACFF4193E6388ADD2F71C41668BB0D5FA1F44698EB3D8FD22476C91B6DB00254A6F94B9DE03284D7297BCE1062B50759ABFE4092E53789DC2E70C31567BA0C5EA0F34597EA3C8ED12375C81A6CBF0153A5F84A9CEF3183D6287ACD1F61B40658AAFD4F91E43688DB2D7FC21466B90B5DAFF24496E93B8DD02274C7196BBE0052A4F7499BEE3082D52779CC1E60B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42', length(base64_encode(x'0B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42678CB1D6FB20456A8FB4D9FE23486D92B7DC01264B7095BADF04294E7398BDE2072C51769BC0E50A2F54799EC3E80D32577CA1C6EB10355A7FA4C9EE13385D82A7CCF1163B6085AACFF4193E6388ADD2F71C41668BB0D5FA1F44698EB3D8FD22476C91B6DB00254A6F94B9DE03284D7297BCE1062B50759ABFE4092E53789DC2E70C31567BA0C5EA0F34597EA3C8ED12375C81A6CBF0153A5F84A9CEF3183D6287ACD1F61B40658AAFD4F91E43688DB2D7FC21466B90B5DAFF24496E93B8DD02274C7196BBE0052A4F7499BEE3082D52779CC1E60B30557A9FC4E90E33587DA2C7EC11365B80A5CAEF14395E83A8CDF2173C6186ABD0F51A3F6489AED3F81D42'));

-- base64_valid: the same checks as base64_decode, as 1 or 0, for scanning a table.
select 'b64_31', base64_valid('Zm9vYmFy'), base64_valid('Zm9v YmFy'), base64_valid(''), base64_valid(NULL) is null, base64_valid('Zh=='), base64_valid('Zm9v' || char(10) || 'YmFy'), base64_valid('Zm9');
