#!/bin/sh
# tests/sh/subsidy_loan_ledger.sh: a start-up loan ledger as an office keeps it, in the style of the
# appliance: fixtures/startup_loans.csv (14 创业担保贷款 of 济南, 淄博 and 青岛, one a line) is read
# through csv_file, rows with a malformed number are set aside (never cast to a wrong number), each
# loan's interest subsidy (startup_loan_interest_subsidy) and, for individual borrowers, its limit
# (startup_guarantee_loan_individual_limit) are computed, and the totals per city are asserted to
# the fen.
#
# Run by tests/run.sh, which sets $SQLITE3 and $RENSHE_EXT; by hand from the repository root:
#   SQLITE3=sqlite3 RENSHE_EXT=dist/renshe sh tests/sh/subsidy_loan_ledger.sh
cd "$(dirname "$0")/../.." || exit 2
: "${SQLITE3:=sqlite3}" "${RENSHE_EXT:=dist/renshe}"
pass=0 fail=0

# ok NAME GOT WANT
ok() {
  if [ "$2" = "$3" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1))
    printf 'not ok - %s\n    got:  %s\n    want: %s\n' "$1" "$2" "$3"
  fi
}

# sq: run stdin through the shell with the extension loaded; stdout and stderr together.
sq() {
  eval "$SQLITE3 -batch -cmd '.load $RENSHE_EXT' :memory:" 2>&1 |
    sed -E 's/^(Parse|Runtime) error near line [0-9]+: /Error: /; s/^Error: near line [0-9]+: /Error: /'
}

# The ledger in a temp table: every numeric field checked to be digits only before it is cast.
LEDGER="CREATE VIRTUAL TABLE temp.f USING csv_file(filename='fixtures/startup_loans.csv');
CREATE TEMP TABLE bad AS SELECT loan_no FROM f
  WHERE principal_fen GLOB '*[^0-9]*' OR rate_bp GLOB '*[^0-9]*' OR lpr_bp GLOB '*[^0-9]*'
     OR months GLOB '*[^0-9]*' OR months_before GLOB '*[^0-9]*' OR principal_fen = '';
CREATE TEMP TABLE ledger AS
  SELECT loan_no, city, borrower, category, partners, contract_date, issue_date,
         CAST(principal_fen AS INTEGER) AS principal,
         subsidy_amount_fen(city, 'startup_loan_interest_subsidy', '2023-01-31', json_object(
           'borrower', borrower, 'principal_fen', CAST(principal_fen AS INTEGER),
           'rate_bp', CAST(rate_bp AS INTEGER), 'lpr_bp', CAST(lpr_bp AS INTEGER),
           'issue_date', issue_date, 'period_start_date', period_start_date,
           'months', CAST(months AS INTEGER), 'months_before', CAST(months_before AS INTEGER),
           'status', status)) AS interest_fen,
         CASE borrower WHEN 'individual' THEN
           subsidy_amount_fen(city, 'startup_guarantee_loan_individual_limit', contract_date,
             json_object('contract_date', contract_date, 'partners', CAST(partners AS INTEGER),
                         'category', category, 'consumer_loans_fen', 0, 'other_loans', json('false')))
         END AS limit_fen
  FROM f WHERE loan_no NOT IN (SELECT loan_no FROM bad);"

# 1. Rows: 14 read, L13 (principal 20万) set aside, 13 computed.
got=$(sq <<SQL
$LEDGER
SELECT count(*) FROM f;
SELECT group_concat(loan_no) FROM bad;
SELECT count(*) FROM ledger;
SQL
)
ok "rows read, set aside, computed" "$(echo $got)" "14 L13 13"

# 2. Each loan's interest subsidy, exact to the fen (27号 shares before 2021, LPR-150BP after;
# overdue 0; extended only to 2020-06-30; 36 / 24 months per loan).
got=$(sq <<SQL
$LEDGER
SELECT loan_no || '=' || interest_fen FROM ledger ORDER BY loan_no;
SQL
)
ok "interest per loan" "$(echo $got)" \
  "L01=870000 L02=5775000 L03=682500 L04=0 L05=200000 L06=1122917 L07=54375 L08=1283333 L09=400000 L10=2610000 L11=0 L12=217500 L14=1305000"

# 3. Totals per city to the fen, and the province.
got=$(sq <<SQL
$LEDGER
SELECT city || ':' || count(*) || ':' || sum(principal) || ':' || sum(interest_fen) || ':' || printf('%.2f', sum(interest_fen) / 100.0)
  FROM ledger GROUP BY city ORDER BY city;
SELECT sum(interest_fen) FROM ledger;
SQL
)
ok "totals per city" "$(echo $got)" \
  "济南:4:345000000:7327500:73275.00 淄博:5:345000001:3965625:39656.25 青岛:4:98000000:3227500:32275.00 14520625"

# 4. Individual loans against their limit on the contract day (15万 before 2020-04-15, 20万 from
# it, min(partners, 3) ×; the taxi driver's contract of 2020-04-14 precedes the added groups).
got=$(sq <<SQL
$LEDGER
SELECT loan_no || ':' || limit_fen || ':' || (principal <= limit_fen) FROM ledger
  WHERE borrower = 'individual' ORDER BY loan_no;
SQL
)
ok "limits per individual loan" "$(echo $got)" \
  "L01:20000000:1 L03:15000000:1 L04:20000000:1 L05:20000000:1 L07:15000000:1 L09:20000000:1 L10:60000000:1 L11:20000000:1 L12:20000000:1 L14:0:0"

# 5. The row set aside, computed anyway, is an error naming the fact (never a wrong number).
got=$(sq <<SQL
CREATE VIRTUAL TABLE temp.f USING csv_file(filename='fixtures/startup_loans.csv');
SELECT subsidy_amount_fen(city, 'startup_loan_interest_subsidy', '2023-01-31', json_object(
  'borrower', borrower, 'principal_fen', principal_fen, 'rate_bp', CAST(rate_bp AS INTEGER),
  'lpr_bp', CAST(lpr_bp AS INTEGER), 'issue_date', issue_date, 'period_start_date', period_start_date,
  'months', CAST(months AS INTEGER), 'months_before', CAST(months_before AS INTEGER), 'status', status))
  FROM f WHERE loan_no = 'L13';
SQL
)
ok "malformed principal" "$got" \
  'Error: subsidy_amount_fen(): facts.principal_fen: expected an integer >= 0 (fen), got "20万"'

echo "# subsidy_loan_ledger: $pass passed, $fail failed"
