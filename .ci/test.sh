#!/usr/bin/env bash
# Installs what is missing and runs every test: type check, unit tests, a full build, the checks
# over the built site and the end-to-end tests in Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/node.sh"
npm test
