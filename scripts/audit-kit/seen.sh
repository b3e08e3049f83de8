#!/bin/bash
# usage: bash KIT/seen.sh <plan file>
# Prints SEEN with the corpus folder that holds the same plan byte for byte (drop the plan: the
# engine has been scored on it, whatever repository it was copied from), or NEW.
# Written into a kit by scripts/audit-kit/make-kit.js, which sets D to the kit's folder and
# writes D/seen-plans.txt (the SHA-1 of every corpus and real-world fixture plan).
set -u
D={{KIT}}
file=${1:?plan file}
hash=$(sha1sum "$file" | cut -d' ' -f1)
where=$(grep -m1 "^$hash " "$D/seen-plans.txt" | cut -d' ' -f2)
if [ -n "$where" ]; then echo "SEEN $file: the same bytes as $where"; exit 1; fi
echo "NEW $file"
