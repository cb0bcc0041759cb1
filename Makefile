# Candor: `make serve` to work on the app, `make test` to check everything.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

# Tools installed by scripts/setup.sh come first on PATH: Trunk runs the
# wasm-bindgen and wasm-opt it finds there instead of downloading its own.
TOOLS_ROOT ?= $(or $(CANDOR_TOOLS_ROOT),$(CARGO_HOME),$(HOME)/.cargo)
export CANDOR_TOOLS_ROOT := $(TOOLS_ROOT)
export PATH := $(CURDIR)/node_modules/.bin:$(TOOLS_ROOT)/bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
# Where the facilitator tools' two modules (the team's, the coach's) are built
# before the app takes them in.
TOOLS_DIST := target/tools-dist
COACH_DIST := target/coach-dist

.PHONY: serve build release test test-wordpress bench fuzz fuzz-short setup setup-test setup-wordpress lint unit browser wordpress clean

## serve: install what is missing, build, serve at http://127.0.0.1:8080 and rebuild on change
## (reload the page to see a rebuild: Trunk's auto-reload script would break the page's CSP;
## the facilitator tools' modules are built once at the start: run make serve again after changing them)
serve: setup
	cargo fetch --locked
	trunk build tools.html --offline --dist $(TOOLS_DIST)
	trunk build coach.html --offline --dist $(COACH_DIST)
	trunk serve --offline --no-autoreload

## build: the release build in dist/: the facilitator tools' two modules first, then the app's page,
## which takes them in (scripts/post-build.mjs)
build: setup
	cargo fetch --locked
	trunk build tools.html --release --offline --dist $(TOOLS_DIST)
	trunk build coach.html --release --offline --dist $(COACH_DIST)
	trunk build --release --offline

## release: the release build, then what a coach uploads, in release/: candor-site-<version>.zip
## (the site and UPLOAD.md) and candor-wordpress-<version>.zip (the plugin, Candor inside)
release: build
	node scripts/release.mjs dist release

## test: formatting, lints, native tests, a short fuzz pass, the release build, the browser tests and
## the WordPress plugin's
test: setup-test lint unit fuzz-short build browser wordpress

lint:
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings

unit:
	cargo test --locked

browser:
	node tests/browser/run.mjs

## test-wordpress: the WordPress plugin (wordpress/candor) in a real WordPress 6.1 from Debian's
## packages, for an Administrator and an Author, on desktop and phone (installs WordPress, MariaDB,
## Apache and PHP with apt; runs them on loopback for the test only; needs root)
test-wordpress: setup-wordpress build wordpress

wordpress:
	scripts/wordpress.sh node tests/wordpress/run.mjs

## bench: build, then print size and timing figures (writes bench-results.json)
bench: build
	node tests/bench/bench.mjs

## fuzz: a million inputs per untrusted entry point, panics caught, reproducers printed
## (a few minutes; FUZZ_ARGS="--seed 7 --only quiz-file --iterations 100k", see examples/fuzz/main.rs)
fuzz:
	cargo run --locked --profile fuzz --example fuzz -- $(FUZZ_ARGS)

## fuzz-short: what `make test` runs so the harness cannot rot: 50,000 inputs per entry point from a
## seed that changes each run (printed, with a command replaying each failure); about 15 s once built
fuzz-short:
	cargo run --locked --profile fuzz --example fuzz -- --iterations 50000 $(FUZZ_ARGS)

setup:
	scripts/setup.sh build

setup-test:
	scripts/setup.sh test

setup-wordpress:
	scripts/setup.sh wordpress

clean:
	cargo clean
	rm -rf dist release
