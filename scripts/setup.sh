#!/usr/bin/env bash
# Installs what Candor needs, once per machine; every step is skipped when the
# right version is already there.
#   scripts/setup.sh build   Rust wasm target, trunk, wasm-bindgen-cli, npm packages (wasm-opt)
#   scripts/setup.sh test    all of the above, plus Chromium and ChromeDriver, and WordPress,
#                            MariaDB, Apache and PHP from Debian's packages (root or sudo)
#   scripts/setup.sh wordpress  the same as test (for make test-wordpress)
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen version in Cargo.lock
BINARYEN_VERSION=132         # wasm-opt, from the npm package `binaryen`
# Cargo-installed tools go here (machine-wide, so new clones reuse them).
TOOLS_ROOT="${CANDOR_TOOLS_ROOT:-${CARGO_HOME:-$HOME/.cargo}}"

cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
fail() {
  printf 'setup: %s\n' "$1" >&2
  [ $# -gt 1 ] && printf 'setup: to install it by hand: %s\n' "$2" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || fail "$1 is missing" "$2"; }

ensure_rust() {
  need cargo "install Rust with rustup (https://rustup.rs)"
  need rustup "install Rust with rustup (https://rustup.rs)"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown ||
      fail "could not add the wasm32-unknown-unknown target" "rustup target add wasm32-unknown-unknown"
  fi
  local locked
  locked=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
  [ "$locked" = "$WASM_BINDGEN_VERSION" ] ||
    fail "Cargo.lock has wasm-bindgen $locked but scripts/setup.sh installs $WASM_BINDGEN_VERSION; make them equal"
}

# ensure_cargo_tool BIN VERSION CRATE [extra cargo install flags...]
ensure_cargo_tool() {
  local bin=$1 version=$2 crate=$3
  shift 3
  if "$TOOLS_ROOT/bin/$bin" --version 2>/dev/null | grep -qF " $version"; then
    return
  fi
  say "installing $crate $version into $TOOLS_ROOT/bin (a few minutes, once per machine)"
  cargo install --root "$TOOLS_ROOT" "$@" "$crate" --version "$version" ||
    fail "could not install $crate $version" "cargo install --root $TOOLS_ROOT $* $crate --version $version"
}

ensure_npm_packages() {
  need node "install Node.js 18 or newer (Debian: apt-get install nodejs npm)"
  need npm "install npm (Debian: apt-get install npm)"
  local stamp=node_modules/.candor-lock-sha want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error || fail "npm ci failed" "npm ci"
    echo "$want" >"$stamp"
  fi
  node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION" ||
    fail "wasm-opt $BINARYEN_VERSION is missing from node_modules" "npm ci"
}

apt_install() {
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  command -v apt-get >/dev/null 2>&1 ||
    fail "apt-get is not available to install $*" "install the Debian packages $* (for Chromium: so that /usr/bin/chromium exists)"
  # Retry once after refreshing the package lists: mirrors fail transiently.
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@" ||
    { $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$@"; } ||
    fail "could not install $*" "apt-get install $*"
}

ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing Chromium and ChromeDriver for the browser tests"
    apt_install chromium chromium-driver
  fi
}

# What make test-wordpress runs: Debian's WordPress 6.1 with its default theme and translations.
WORDPRESS_PACKAGES=(wordpress wordpress-l10n wordpress-theme-twentytwentythree mariadb-server apache2 libapache2-mod-php php-mysql)
ensure_wordpress() {
  local missing=()
  for package in "${WORDPRESS_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} for the WordPress test"
    # Debian's maintainer scripts would start the servers; make test-wordpress
    # starts its own on loopback instead.
    apt_install "${missing[@]}"
  fi
}

case "${1:-build}" in
  build | test | wordpress) ;;
  *) fail "usage: scripts/setup.sh build|test|wordpress" ;;
esac
ensure_rust
ensure_cargo_tool trunk "$TRUNK_VERSION" trunk --locked
# Not --locked: its lock file names a crate version the registry no longer has.
ensure_cargo_tool wasm-bindgen "$WASM_BINDGEN_VERSION" wasm-bindgen-cli
ensure_npm_packages
[ "${1:-build}" != build ] && ensure_chromium
[ "${1:-build}" != build ] && ensure_wordpress
exit 0
