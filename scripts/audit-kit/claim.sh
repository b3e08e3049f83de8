#!/bin/bash
# usage: bash KIT/claim.sh owner/name <labeller-id>
# Prints CLAIMED when the repository is yours, or REFUSED with the reason. Atomic (flock).
# Written into a kit by scripts/audit-kit/make-kit.js, which sets D to the kit's folder, CLAIMS
# to the claim lists of this kit and of the kits labelled at the same time (--share-claims), and
# LOCK to one lock file all of them use.
set -u
repo=$(echo "${1:?owner/name}" | tr 'A-Z' 'a-z'); who=${2:-?}
D={{KIT}}
CLAIMS=({{CLAIMS}})
exec 9>"{{LOCK}}"; flock 9
touch "${CLAIMS[@]}"
if grep -qxF "$repo" "$D/used-repos.txt"; then echo "REFUSED $repo: used by an earlier round or reserved"; exit 1; fi
if grep -qxF "${repo%%/*}" "$D/reserved-owners.txt" 2>/dev/null; then echo "REFUSED $repo: its owner owns a reserved repository"; exit 1; fi
holder=$(cat "${CLAIMS[@]}" | grep "^$repo " | head -1 | cut -d' ' -f2)
if [ -n "$holder" ]; then echo "REFUSED $repo: already claimed ($holder)"; exit 1; fi
echo "$repo $who" >> "$D/claims.txt"; echo "CLAIMED $repo"
