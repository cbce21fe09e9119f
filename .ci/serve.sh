#!/usr/bin/env bash
# Installs what is missing, builds the whole site (search index included) and serves it on
# http://localhost:4321/.
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"
npm run build
exec npx astro preview --port "${PORT:-4321}" --host "${HOST:-localhost}"
