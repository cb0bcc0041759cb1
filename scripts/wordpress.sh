#!/usr/bin/env bash
# Runs a command beside a real WordPress: Debian's WordPress 6.1 with its
# default theme, MariaDB and Apache with PHP, all on loopback and in a folder
# of their own, started fresh for each run and stopped afterwards.
#   scripts/wordpress.sh node tests/wordpress/run.mjs
# The command gets CANDOR_WP_URL (the blog, http://localhost:<port>) and the
# users' passwords in CANDOR_WP_ADMIN / CANDOR_WP_EDITOR / CANDOR_WP_AUTHOR. Install the packages
# with scripts/setup.sh wordpress. Needs root (Apache and MariaDB switch users).
set -euo pipefail

PORT="${CANDOR_WP_PORT:-8471}"
RUN="${CANDOR_WP_RUN:-/tmp/candor-wordpress}"
# Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php.
CONFIG_NAME=candortest
CONFIG="/etc/wordpress/config-$CONFIG_NAME.php"
URL="http://localhost:$PORT"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

say() { printf 'wordpress: %s\n' "$*"; }
fail() {
  printf 'wordpress: %s\n' "$*" >&2
  exit 1
}

[ $# -gt 0 ] || fail "usage: scripts/wordpress.sh COMMAND [ARGS...]"
[ "$(id -u)" -eq 0 ] || fail "run as root: Apache and MariaDB start as root and switch to their own users"
for bin in apache2 mariadbd mariadb-install-db php; do
  command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/sbin/$bin" ] ||
    fail "$bin is missing: run scripts/setup.sh wordpress"
done
[ -f /usr/share/wordpress/wp-settings.php ] || fail "WordPress is missing: run scripts/setup.sh wordpress"

stop() {
  local pids=()
  for pidfile in "$RUN/apache.pid" "$RUN/mariadb/mariadb.pid"; do
    [ -f "$pidfile" ] && pids+=("$(cat "$pidfile")")
  done
  [ ${#pids[@]} -gt 0 ] && { kill "${pids[@]}" 2>/dev/null || true; }
  # Wait for both to be gone, so the next run starts on a free port and socket.
  for _ in $(seq 50); do
    kill -0 "${pids[@]}" 2>/dev/null || break
    sleep 0.2
  done
  rm -f "$CONFIG"
}
trap stop EXIT

stop
rm -rf "$RUN"
mkdir -p "$RUN/log" "$RUN/mariadb"
# MariaDB runs as mysql: its socket, pid and log live in a folder of its own.
chown mysql:mysql "$RUN/mariadb"
chmod 755 "$RUN" "$RUN/mariadb"

say "starting MariaDB in $RUN/db"
mariadb-install-db --datadir="$RUN/db" --user=mysql --auth-root-authentication-method=socket \
  --skip-test-db >"$RUN/log/mariadb-install.log" 2>&1 ||
  fail "mariadb-install-db failed: see $RUN/log/mariadb-install.log"
/usr/sbin/mariadbd --no-defaults --datadir="$RUN/db" --user=mysql --skip-networking \
  --socket="$RUN/mariadb/mariadb.sock" --pid-file="$RUN/mariadb/mariadb.pid" --log-error="$RUN/mariadb/mariadb.log" &
for _ in $(seq 100); do
  mariadb --socket="$RUN/mariadb/mariadb.sock" -e 'select 1' >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --socket="$RUN/mariadb/mariadb.sock" <<'SQL' || fail "MariaDB did not start: see $RUN/mariadb/mariadb.log"
CREATE DATABASE candor_wp;
CREATE USER 'candor'@'localhost' IDENTIFIED BY 'candor-test';
GRANT ALL ON candor_wp.* TO 'candor'@'localhost';
SQL

# wp-content of its own, with Debian's theme and translations, writable by the web server so
# that an Administrator can upload a plugin (the tests upload Candor's).
mkdir -p "$RUN/wp-content/plugins" "$RUN/wp-content/themes" "$RUN/wp-content/uploads" "$RUN/wp-content/upgrade"
ln -s /usr/share/wordpress/wp-content/themes/twentytwentythree "$RUN/wp-content/themes/"
# WordPress in other languages (Debian's wordpress-l10n), for the German test.
ln -s /usr/share/wordpress/wp-content/languages "$RUN/wp-content/languages"
chown -R www-data:www-data "$RUN/wp-content"

cat >"$CONFIG" <<PHP
<?php
// Written by Candor's scripts/wordpress.sh for one test run; removed after it.
define( 'DB_NAME', 'candor_wp' );
define( 'DB_USER', 'candor' );
define( 'DB_PASSWORD', 'candor-test' );
define( 'DB_HOST', 'localhost:$RUN/mariadb/mariadb.sock' );
define( 'WP_HOME', '$URL' );
define( 'WP_SITEURL', '$URL' );
define( 'WP_CONTENT_DIR', '$RUN/wp-content' );
define( 'WP_CONTENT_URL', '$URL/wp-content' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
// Every PHP notice, warning and deprecation goes to a log, checked after the
// run for any that come from the plugin.
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '$RUN/log/php.log' );
define( 'WP_DEBUG_DISPLAY', false );
// WordPress's own files belong to root (Debian's package), wp-content to the
// web server: write plugins directly instead of asking for FTP details.
define( 'FS_METHOD', 'direct' );
// This machine reaches no other host: no update checks, no cron by loopback.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as \$key ) {
	define( \$key, 'candor-test-' . \$key );
}
PHP
chmod 644 "$CONFIG"

# PHP's log, written by the installer (root) and by Apache's PHP (www-data).
touch "$RUN/log/php.log"
chown www-data:www-data "$RUN/log/php.log"

say "installing WordPress at $URL"
HTTP_HOST="localhost:$PORT" WORDPRESS_CONFIG="$CONFIG_NAME" \
  CANDOR_WP_ADMIN=admin-password CANDOR_WP_EDITOR=editor-password CANDOR_WP_AUTHOR=author-password \
  php "$ROOT/tests/wordpress/install.php" >"$RUN/log/install.log" 2>&1 ||
  fail "installing WordPress failed: $(cat "$RUN/log/install.log")"

# The type list of an older Apache host, without WebAssembly: the plugin's
# .htaccess (read where AllowOverride lets it, as WordPress hosts do for
# their own .htaccess) must give the wasm its type.
grep -v '^application/wasm' /etc/mime.types >"$RUN/mime.types"

cat >"$RUN/apache.conf" <<CONF
ServerRoot /etc/apache2
ServerName localhost
Listen 127.0.0.1:$PORT
PidFile $RUN/apache.pid
ErrorLog $RUN/log/apache-error.log
LogFormat "%h %t \"%r\" %>s %b" short
CustomLog $RUN/log/apache-access.log short
User www-data
Group www-data
LoadModule mpm_prefork_module /usr/lib/apache2/modules/mod_mpm_prefork.so
LoadModule authz_core_module /usr/lib/apache2/modules/mod_authz_core.so
LoadModule dir_module /usr/lib/apache2/modules/mod_dir.so
LoadModule mime_module /usr/lib/apache2/modules/mod_mime.so
LoadModule alias_module /usr/lib/apache2/modules/mod_alias.so
LoadModule env_module /usr/lib/apache2/modules/mod_env.so
LoadModule headers_module /usr/lib/apache2/modules/mod_headers.so
LoadModule php_module /usr/lib/apache2/modules/libphp8.2.so
TypesConfig $RUN/mime.types
StartServers 4
DocumentRoot /usr/share/wordpress
DirectoryIndex index.php index.html
Alias /wp-content $RUN/wp-content
SetEnv WORDPRESS_CONFIG $CONFIG_NAME
<Directory />
  Require all denied
</Directory>
<Directory /usr/share/wordpress>
  Options FollowSymLinks
  Require all granted
</Directory>
<Directory $RUN/wp-content>
  Options FollowSymLinks
  AllowOverride All
  Require all granted
</Directory>
<Directory /usr/share/wordpress/wp-content/themes>
  Require all granted
</Directory>
<FilesMatch "\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
CONF
say "starting Apache on 127.0.0.1:$PORT"
apache2 -f "$RUN/apache.conf" -k start || fail "Apache did not start: see $RUN/log/apache-error.log"
answers() { php -r 'exit(@file_get_contents($argv[1]) === false ? 1 : 0);' "$URL/"; }
for _ in $(seq 100); do
  answers && break
  sleep 0.2
done
answers || fail "WordPress does not answer at $URL: see $RUN/log/apache-error.log"

say "running: $*"
status=0
CANDOR_WP_URL="$URL" CANDOR_WP_ADMIN=admin-password CANDOR_WP_EDITOR=editor-password CANDOR_WP_AUTHOR=author-password CANDOR_WP_LOGS="$RUN/log" "$@" || status=$?
# PHP's complaints about the plugin fail the run, even when every test passed.
if grep -s "plugins/candor/" "$RUN/log/php.log"; then
  say "PHP reported the problems above in the Candor plugin ($RUN/log/php.log)"
  [ "$status" -ne 0 ] || status=1
fi
exit "$status"
