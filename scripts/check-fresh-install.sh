#!/usr/bin/env bash
# `npm run check:install`: proves that a fresh clone installs without changing the lockfile.
# Clones the committed HEAD into a temporary folder, runs the plain `npm install` a newcomer runs,
# and fails if package-lock.json changed. .ci/run makes the same check on CI's own fresh clone;
# this is the one to run locally after adding or updating packages (commit first).
set -euo pipefail
cd "$(dirname "$0")/.."
tmp="$(mktemp -d "${TMPDIR:-/tmp}/fresh-install-XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
git clone --quiet --no-hardlinks . "$tmp/repo"
cd "$tmp/repo"
npm install --no-audit --no-fund --loglevel=error
if git diff --quiet -- package-lock.json; then
  echo "check:install: a fresh clone of $(git rev-parse --short HEAD) installs with package-lock.json unchanged."
else
  git --no-pager diff --stat -- package-lock.json
  echo "check:install: a fresh install changed package-lock.json: commit the lockfile a plain \`npm install\` writes (run it with the bundled Node 24: PATH=\$PWD/node_modules/.bin:\$PATH npm install)." >&2
  exit 1
fi
