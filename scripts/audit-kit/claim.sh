#!/bin/bash
# usage: bash KIT/claim.sh owner/name <labeller-id>
# Prints CLAIMED when the repository is yours, or REFUSED with the reason. Atomic (flock).
# Written into a kit by scripts/audit-kit/make-kit.js, which sets D to the kit's folder.
set -u
repo=$(echo "${1:?owner/name}" | tr 'A-Z' 'a-z'); who=${2:-?}
D={{KIT}}
exec 9>"$D/claims.lock"; flock 9
touch "$D/claims.txt"
if grep -qxF "$repo" "$D/used-repos.txt"; then echo "REFUSED $repo: used by an earlier round or reserved"; exit 1; fi
if cut -d' ' -f1 "$D/claims.txt" | grep -qxF "$repo"; then echo "REFUSED $repo: already claimed ($(grep "^$repo " "$D/claims.txt" | cut -d' ' -f2))"; exit 1; fi
echo "$repo $who" >> "$D/claims.txt"; echo "CLAIMED $repo"
