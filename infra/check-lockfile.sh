#!/usr/bin/env bash
# Does package-lock.json still say what the registry resolves for package.json? `npm ci` installs exactly
# the lockfile and never rewrites it, so it cannot tell when the registry has moved on (a platform
# package of an optional dependency published later, a yanked version). Resolving again without
# installing (`--package-lock-only`) and comparing does, and says what to run instead of a bare diff.
set -euo pipefail
cd "$(dirname "$0")/.."
before=$(mktemp)
trap 'rm -f "$before"' EXIT
cp package-lock.json "$before"
npm install --package-lock-only --ignore-scripts --no-audit --no-fund --loglevel=error
if ! cmp -s "$before" package-lock.json; then
  changed=$(diff "$before" package-lock.json | grep -cE '^[<>]' || true)
  cp "$before" package-lock.json
  cat >&2 <<MSG
package-lock.json no longer matches what the registry resolves for package.json ($changed lines differ).
Run \`npm install\` at the project's root, check what changed (git diff package-lock.json) and commit
package-lock.json. The lockfile here was left as it was.
MSG
  exit 1
fi
echo "package-lock.json is current."
