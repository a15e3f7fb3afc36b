#!/usr/bin/env bash
# Makes sure PostgreSQL (127.0.0.1:5432, trust auth, user postgres, database test) and
# MariaDB (127.0.0.1:3306, root with an empty password, database test) are up.
# Safe to run again: it only starts or installs what is missing.
set -euo pipefail

log() { printf '[databases] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; }
maria_up() { mariadb-admin -h 127.0.0.1 -P 3306 -uroot --connect-timeout=2 ping >/dev/null 2>&1 \
  || mysqladmin -h 127.0.0.1 -P 3306 -uroot --connect-timeout=2 ping >/dev/null 2>&1; }

wait_for() {
  local name=$1 check=$2
  for _ in $(seq 1 60); do
    if $check; then log "$name is up"; return 0; fi
    sleep 1
  done
  log "$name did not come up"; return 1
}

install_if_missing() {
  # A server that already answers (a service container of a hosted CI, say) needs no package.
  local missing=()
  pg_up || command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
  maria_up || [ -x /usr/sbin/mariadbd ] || missing+=(mariadb-server)
  if [ ${#missing[@]} -gt 0 ]; then
    log "installing ${missing[*]}"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  pg_up && { log "PostgreSQL is up"; return 0; }
  log "starting PostgreSQL"
  local version
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  wait_for PostgreSQL pg_up
}

start_mariadb() {
  maria_up && { log "MariaDB is up"; return 0; }
  log "starting MariaDB"
  as_root mkdir -p /run/mysqld && as_root chown mysql:mysql /run/mysqld 2>/dev/null || true
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql \
    || as_root service mariadb start || true
  if ! wait_for MariaDB maria_up; then
    as_root service mariadb start
    wait_for MariaDB maria_up
  fi
}

prepare_postgres() {
  # Trust auth on loopback is how this machine kind is set up; a fresh install uses peer/scram,
  # so open loopback to trust for the test user.
  if ! psql -h 127.0.0.1 -U postgres -d postgres -Atc 'select 1' >/dev/null 2>&1; then
    local hba
    hba=$(ls /etc/postgresql/*/main/pg_hba.conf | sort -V | tail -n 1)
    log "enabling trust authentication on loopback in $hba"
    as_root sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    as_root pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -n 1)" main reload
  fi
  if [ "$(psql -h 127.0.0.1 -U postgres -d postgres -Atc "select count(*) from pg_database where datname='test'")" = "0" ]; then
    psql -h 127.0.0.1 -U postgres -d postgres -qc 'create database test'
  fi
}

prepare_mariadb() {
  local client=mariadb
  command -v mariadb >/dev/null 2>&1 || client=mysql
  if ! $client -h 127.0.0.1 -uroot -e 'select 1' >/dev/null 2>&1; then
    # A fresh install authenticates root through the unix socket only.
    as_root $client -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;" || true
  fi
  $client -h 127.0.0.1 -uroot -e 'create database if not exists test'
}

install_if_missing
start_postgres
start_mariadb
prepare_postgres
prepare_mariadb
log "PostgreSQL and MariaDB are ready"
