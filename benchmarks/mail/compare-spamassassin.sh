#!/usr/bin/env bash
# Times Motive and SpamAssassin (local tests only) on the same e-mails, both with two workers.
# Needs Debian's spamassassin and spamc; run as root or a user that may start spamd.
#   benchmarks/mail/compare-spamassassin.sh /tmp/mail-corpus 400
set -euo pipefail
dir=${1:?usage: compare-spamassassin.sh DIR [SPAMASSASSIN_COUNT]}
sa_count=${2:-400}
here=$(cd "$(dirname "$0")/../.." && pwd)
total=$(ls "$dir" | wc -l)

start=$(date +%s.%N)
"$here"/motive evaluate --format json "$dir" > /dev/null
end=$(date +%s.%N)
echo "motive: $total e-mails in $(echo "$end - $start" | bc) s, $(echo "$total / ($end - $start)" | bc) e-mails/s (JVM start included)"

spamd -d -L -u nobody --max-children 2 --pidfile /tmp/motive-spamd.pid --helper-home-dir=/tmp -s /tmp/motive-spamd.log
trap 'kill "$(cat /tmp/motive-spamd.pid)"' EXIT
for _ in $(seq 1 30); do spamc -K > /dev/null 2>&1 && break; sleep 1; done
start=$(date +%s.%N)
ls "$dir" | sed -n "1,${sa_count}p" | (cd "$dir" && xargs -P 2 -n 1 sh -c 'spamc -c < "$0" > /dev/null || true')
end=$(date +%s.%N)
echo "spamassassin (spamd -L, 2 children): $sa_count e-mails in $(echo "$end - $start" | bc) s, $(echo "$sa_count / ($end - $start)" | bc) e-mails/s"
