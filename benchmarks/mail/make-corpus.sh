#!/usr/bin/env bash
# Writes COUNT .eml files into DIR, copies of the connectors' test messages (network invitations
# and cold e-mails in French, English and German, 2.9 KB on average), each with its own Message-ID.
#   benchmarks/mail/make-corpus.sh /tmp/mail-corpus 30000
set -euo pipefail
dir=${1:?usage: make-corpus.sh DIR COUNT}
count=${2:-30000}
here=$(cd "$(dirname "$0")/../.." && pwd)
mapfile -t sources < <(ls "$here"/connectors/src/test/resources/mail/*.eml | grep -v -e broken -e attachment)
mkdir -p "$dir"
for ((i = 0; i < count; i++)); do
  src=${sources[i % ${#sources[@]}]}
  printf 'Message-ID: <corpus-%d@example.org>\r\n' "$i" > "$dir/m$(printf %06d "$i").eml"
  grep -v -i '^Message-ID:' "$src" >> "$dir/m$(printf %06d "$i").eml"
done
echo "$count messages in $dir"
